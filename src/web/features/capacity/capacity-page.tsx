import { Select, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { MandateForm } from './mandate-form';
import { ItemsTable, MonthsTable } from './months-table';
import { useCapacity } from './queries';
import './capacity.css';

const route = getRouteApi('/kapazitaet');

/** An organisation's core mandate, hours for cooperation and its next 12 months, with what makes them up. */
export function CapacityPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const organizations = (me?.memberships ?? [])
    .filter((m) => m.organizationType === 'family_centre' || m.organizationType === 'partner')
    .filter((m, i, all) => all.findIndex((o) => o.organizationId === m.organizationId) === i);
  const organizationId = search.org ?? organizations[0]?.organizationId;
  const capacity = useCapacity(organizationId);
  return (
    <Page title={t('capacity.title')}>
      <Stack>
        <Text>{t('capacity.intro')}</Text>
        {organizations.length > 1 && (
          <Select
            label={t('capacity.organization')}
            data={organizations.map((o) => ({ value: o.organizationId, label: o.organizationName }))}
            value={organizationId ?? null}
            onChange={(org) => org && void navigate({ to: '/kapazitaet', search: { org } })}
            allowDeselect={false}
            maw={480}
          />
        )}
        {organizationId ? (
          <QueryView query={capacity}>
            {(data) => (
              <Stack>
                <MonthsTable months={data.months} />
                <ItemsTable items={data.items} districts={data.districts} />
                <MandateForm key={`${data.organizationId}-${data.version}`} capacity={data} />
              </Stack>
            )}
          </QueryView>
        ) : (
          <Text>{t('capacity.noOrganization')}</Text>
        )}
      </Stack>
    </Page>
  );
}
