import { Paper, Select, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, formatMonth } from '../../components/hours';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { formatShortMonth } from './format';
import { OverMark } from './months-table';
import { type CapacityOverview, useCapacityOverview } from './queries';

const route = getRouteApi('/planung/kapazitaet');

type Organization = CapacityOverview['items'][number];

/** One month of an organisation, all its district buckets together: used of available, over when any is. */
function MonthCell({ organization, month }: { organization: Organization; month: string }) {
  const { t } = useTranslation();
  const rows = organization.months.filter((m) => m.month === month);
  const used = rows.reduce((sum, m) => sum + m.committed + m.planned, 0);
  const available = rows.some((m) => m.available !== null)
    ? rows.reduce((sum, m) => sum + (m.available ?? 0), 0)
    : null;
  const isOver = rows.some((m) => m.isOver);
  return (
    <Table.Td bg={isOver ? 'red.0' : undefined} fw={isOver ? 700 : undefined}>
      {isOver && <span aria-hidden="true">⚠ </span>}
      {available === null
        ? formatHours(used)
        : t('capacity.overview.usage', { used: formatHours(used), available: formatHours(available) })}
      {isOver && <span className="visually-hidden"> ({t('capacity.over')})</span>}
    </Table.Td>
  );
}

function OverviewTable({ overview }: { overview: CapacityOverview }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (overview.items.length === 0) return <Text>{t('capacity.overview.empty')}</Text>;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }}>
      <Table.ScrollContainer minWidth={1100}>
        <Table striped fz="sm" aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            {t('capacity.overview.title')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('capacity.organization')}</Table.Th>
              <Table.Th scope="col">{t('capacity.status')}</Table.Th>
              {overview.months.map((month) => (
                <Table.Th scope="col" key={month}>
                  {formatShortMonth(month)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.items.map((o) => (
              <Table.Tr key={o.organizationId}>
                <Table.Th scope="row" fw="normal">
                  <AnchorLink to="/kapazitaet" search={{ org: o.organizationId }}>
                    {o.organizationName}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>
                  <OverMark isOver={o.isOverCommitted} />
                  {o.isOverCommitted && (
                    <Text size="xs">
                      {t('capacity.overview.overCommitted', {
                        months: o.monthsOver.map(formatMonth).join(', '),
                      })}
                    </Text>
                  )}
                </Table.Td>
                {overview.months.map((month) => (
                  <MonthCell key={month} organization={o} month={month} />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The planner's overview: every organisation of the municipality with hours, over-committed ones marked. */
export function CapacityOverviewPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const municipalities = (me?.memberships ?? [])
    .filter((m) => m.role === 'planner')
    .filter((m, i, all) => all.findIndex((o) => o.municipalityId === m.municipalityId) === i);
  const municipalityId = search.municipality ?? municipalities[0]?.municipalityId;
  const overview = useCapacityOverview(municipalityId);
  return (
    <Page title={t('capacity.overview.title')}>
      <Stack>
        <Text>{t('capacity.overview.intro')}</Text>
        {municipalities.length > 1 && (
          <Select
            label={t('capacity.overview.municipality')}
            data={municipalities.map((m) => ({ value: m.municipalityId, label: m.organizationName }))}
            value={municipalityId ?? null}
            onChange={(municipality) =>
              municipality && void navigate({ to: '/planung/kapazitaet', search: { municipality } })
            }
            allowDeselect={false}
            maw={480}
          />
        )}
        {municipalityId ? (
          <QueryView query={overview}>{(data) => <OverviewTable overview={data} />}</QueryView>
        ) : (
          <Text>{t('capacity.overview.onlyPlanners')}</Text>
        )}
      </Stack>
    </Page>
  );
}
