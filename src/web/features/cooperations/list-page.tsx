import './cooperations.css';
import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { DecisionText, useOwnSide } from './decision';
import { useCooperations, useModels } from './queries';
import { type CooperationItem, cooperationStatuses } from './types';

const route = getRouteApi('/kooperationen');

function CooperationEntry({ item }: { item: CooperationItem }) {
  const { t } = useTranslation();
  const isOwn = useOwnSide();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <AnchorLink to="/kooperationen/$cooperationId" params={{ cooperationId: item.id }} fw={600}>
          {t('cooperations.list.with', { centre: item.centre.name, partner: item.partner.name })}
        </AnchorLink>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {t(`cooperations.status.${item.status}`)}
          </Badge>
          <Text size="sm">
            {t('cooperations.list.model')}: {item.model ? item.model.name : t('cooperations.list.noModel')}
          </Text>
        </Group>
        <DecisionText
          label={t('cooperations.decision.centre')}
          decision={item.decisions.centre}
          own={isOwn(item.centre.id)}
        />
        <DecisionText
          label={t('cooperations.decision.partner')}
          decision={item.decisions.partner}
          own={isOwn(item.partner.id)}
        />
      </Stack>
    </Paper>
  );
}

/** The organisations whose cooperations a person works in: centres and partners they belong to. */
function useSides() {
  const { data: me } = useMe();
  return (me?.memberships ?? [])
    .filter((m) => m.organizationType === 'family_centre' || m.organizationType === 'partner')
    .map((m) => ({ value: m.organizationId, label: m.organizationName }));
}

export function CooperationListPage() {
  const { t } = useTranslation();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const sides = useSides();
  const models = useModels();
  const list = useCooperations(filters);
  const { data: me } = useMe();
  const any = { value: '', label: t('cooperations.list.any') };
  const setFilter = (key: keyof typeof filters, value: string | null) =>
    void navigate({ search: (previous) => ({ ...previous, [key]: value || undefined }) });

  return (
    <Page title={t('cooperations.list.title')}>
      <Text>{t('cooperations.list.intro')}</Text>
      {me?.permissions.manageCooperationModels && (
        <div>
          <AnchorLink to="/kooperationen/modelle">{t('cooperations.list.models')}</AnchorLink>
        </div>
      )}
      <Group gap="md" align="flex-end">
        {sides.length > 1 && (
          <Select
            label={t('cooperations.list.organization')}
            data={[{ value: '', label: t('cooperations.list.allOrganizations') }, ...sides]}
            value={filters.organizationId ?? ''}
            allowDeselect={false}
            onChange={(value) => setFilter('organizationId', value)}
            maw={360}
          />
        )}
        <Select
          label={t('cooperations.list.status')}
          data={[
            any,
            ...cooperationStatuses.map((s) => ({ value: s, label: t(`cooperations.status.${s}`) })),
          ]}
          value={filters.status ?? ''}
          allowDeselect={false}
          onChange={(value) => setFilter('status', value)}
          maw={240}
        />
        <Select
          label={t('cooperations.list.model')}
          data={[any, ...(models.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))]}
          value={filters.modelId ?? ''}
          allowDeselect={false}
          onChange={(value) => setFilter('modelId', value)}
          maw={320}
        />
      </Group>
      <QueryView query={list}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) return <Text>{t('cooperations.list.empty')}</Text>;
          return (
            <Stack gap="sm">
              <Stack
                component="ul"
                gap="xs"
                className="cooperation-list"
                aria-label={t('cooperations.list.title')}
              >
                {items.map((item) => (
                  <CooperationEntry key={item.id} item={item} />
                ))}
              </Stack>
              {list.hasNextPage && (
                <div>
                  <Button
                    variant="default"
                    loading={list.isFetchingNextPage}
                    onClick={() => void list.fetchNextPage()}
                  >
                    {t('cooperations.list.more')}
                  </Button>
                </div>
              )}
            </Stack>
          );
        }}
      </QueryView>
    </Page>
  );
}
