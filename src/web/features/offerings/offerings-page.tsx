import './offerings.css';
import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { formatDateTime, formatList, labelOf } from './format';
import { useOfferings } from './queries';
import type { WorkListSearchParams } from './search-params';
import { StatusBadge } from './status-badge';
import { type OfferingSummary, offeringStatuses } from './types';

const route = getRouteApi('/angebote/verwalten');

function Filters({
  params,
  organizations,
}: {
  params: WorkListSearchParams;
  organizations: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const update = (patch: Partial<WorkListSearchParams>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: q.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ alignItems: 'end' }}>
          {organizations.length > 1 && (
            <NativeSelect
              label={t('offerings.list.organization')}
              value={params.org ?? organizations[0]?.id ?? ''}
              onChange={(event) => update({ org: event.currentTarget.value })}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            />
          )}
          <NativeSelect
            label={t('offerings.list.status')}
            value={params.status ?? ''}
            onChange={(event) =>
              update({ status: offeringStatuses.find((key) => key === event.currentTarget.value) })
            }
            data={[
              { value: '', label: t('offerings.list.allStatuses') },
              ...offeringStatuses.map((key) => ({ value: key, label: t(`offerings.status.${key}`) })),
            ]}
          />
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              type="search"
              label={t('offerings.list.query')}
              value={q}
              maxLength={200}
              onChange={(event) => setQ(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="default">
              {t('offerings.finder.submit')}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
    </Paper>
  );
}

function Item({ item }: { item: OfferingSummary }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h5" style={{ flex: '1 1 14rem', overflowWrap: 'anywhere' }}>
            <AnchorLink to="/angebote/verwalten/$id" params={{ id: item.id }}>
              {item.title}
            </AnchorLink>
          </Title>
          <Group gap={6}>
            <StatusBadge status={item.status} />
            <Badge variant="outline" color="gray.8" tt="none">
              {item.isPublic ? t('offerings.list.public') : t('offerings.list.internal')}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {labelOf(t, 'offerings.format', item.format)} ·{' '}
          {t('offerings.list.lead', { name: item.leadOrganization.name })}
          {item.coOrganizers.length > 0 &&
            ` · ${t('offerings.list.with', { names: formatList(item.coOrganizers.map((o) => o.name)) })}`}
        </Text>
        <Text size="sm">
          {item.nextSessionAt
            ? t('offerings.list.nextSession', { date: formatDateTime(item.nextSessionAt) })
            : t('offerings.list.noSessions')}
          {' · '}
          {t('offerings.list.sessions', { count: item.sessionCount })}
        </Text>
        {item.needsConsentFrom.length > 0 && (
          <Text size="sm" fw={600} c="orange.9">
            {t('offerings.list.needsConsent', {
              names: formatList(item.needsConsentFrom.map((o) => o.name)),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function OfferingsPage() {
  const { t } = useTranslation();
  const params = route.useSearch();
  const { data: me } = useMe();
  const organizations = (me?.memberships ?? []).map((m) => ({
    id: m.organizationId,
    name: m.organizationName,
  }));
  const organizationId = params.org ?? organizations[0]?.id;
  const list = useOfferings({
    ...(organizationId ? { organizationId } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.q ? { q: params.q } : {}),
  });
  return (
    <Page title={t('offerings.list.title')}>
      {organizations.length === 0 ? (
        <Text>{t('offerings.list.noMemberships')}</Text>
      ) : (
        <>
          <div>
            <ButtonLink to="/angebote/verwalten/neu" search={{ org: organizationId }}>
              {t('offerings.list.create')}
            </ButtonLink>
          </div>
          <Filters params={params} organizations={organizations} />
          <QueryView query={list}>
            {(data) => {
              const items = data.pages.flatMap((page) => page.items);
              return items.length === 0 ? (
                <Text>{t('offerings.list.empty')}</Text>
              ) : (
                <ul className="finder-results" aria-label={t('offerings.list.results')}>
                  {items.map((item) => (
                    <Item key={item.id} item={item} />
                  ))}
                </ul>
              );
            }}
          </QueryView>
          {list.hasNextPage && (
            <div>
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('offerings.list.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
