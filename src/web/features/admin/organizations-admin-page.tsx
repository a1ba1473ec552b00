import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationType } from '../../api/types';
import { organizationTypes } from '../../api/types';
import { CardList } from '../../components/card-list';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { canUseOrganizationAdmin, useMe } from '../session/queries';
import { CreateOrganizationForm } from './create-organization-form';
import { type OrganizationFilters, useMunicipalities, useOrganizationList } from './queries';

function FilterForm({ onApply }: { onApply: (filters: OrganizationFilters) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<string>('');
  const [q, setQ] = useState('');
  return (
    <form
      aria-labelledby="filter-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = organizationTypes.find(
          (candidate): candidate is OrganizationType => candidate === type,
        );
        onApply({ ...(chosen ? { type: chosen } : {}), ...(q.trim() ? { q: q.trim() } : {}) });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="filter-heading">
          {t('admin.filterHeading')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('admin.type')}
            data={[
              { value: '', label: t('admin.allTypes') },
              ...organizationTypes.map((value) => ({ value, label: t(`organizationType.${value}`) })),
            ]}
            value={type}
            onChange={(value) => setType(value ?? '')}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
          />
          <TextInput
            label={t('admin.search')}
            placeholder={t('admin.searchPlaceholder')}
            type="search"
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <Group gap="xs">
            <Button type="submit">{t('admin.applyFilter')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setType('');
                setQ('');
                onApply({});
              }}
            >
              {t('admin.resetFilter')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function OrganizationList({
  filters,
  municipalityNames,
}: {
  filters: OrganizationFilters;
  municipalityNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const list = useOrganizationList(filters, true);
  return (
    <QueryView query={list}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        return (
          <Stack gap="sm">
            {items.length === 0 ? (
              <Text>{t('admin.empty')}</Text>
            ) : (
              <CardList labelledBy="results-heading">
                {items.map((organization) => (
                  <Paper component="li" key={organization.id} withBorder p="sm" radius="sm">
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
                        <Text fw={600}>{organization.name}</Text>
                        <Text size="sm" c="dimmed">
                          {[
                            [organization.postalCode, organization.city].filter(Boolean).join(' '),
                            municipalityNames.get(organization.municipalityId),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        {(organization.email || organization.phone) && (
                          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                            {[organization.email, organization.phone].filter(Boolean).join(' · ')}
                          </Text>
                        )}
                      </div>
                      <Badge variant="light">{t(`organizationType.${organization.type}`)}</Badge>
                    </Group>
                  </Paper>
                ))}
              </CardList>
            )}
            {list.hasNextPage && (
              <div>
                <Button
                  variant="default"
                  loading={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  {t('admin.loadMore')}
                </Button>
              </div>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}

export function OrganizationsAdminPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const allowed = canUseOrganizationAdmin(me);
  const [filters, setFilters] = useState<OrganizationFilters>({});
  const [creating, setCreating] = useState(false);
  const municipalities = useMunicipalities(allowed);

  if (!allowed) {
    return (
      <Page title={t('admin.title')}>
        <Text>{t('admin.forbidden')}</Text>
      </Page>
    );
  }

  const municipalityNames = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));
  const plannerMunicipality = me?.memberships.find((m) => m.role === 'planner')?.municipalityId ?? null;
  const onlyMunicipality = municipalities.data?.length === 1 ? (municipalities.data[0]?.id ?? null) : null;

  return (
    <Page title={t('admin.title')}>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="create-heading">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="create-heading">
              {t('admin.createHeading')}
            </Title>
            <Button
              variant={creating ? 'default' : 'filled'}
              aria-expanded={creating}
              aria-controls="create-organization"
              onClick={() => setCreating((open) => !open)}
            >
              {creating ? t('common.close') : t('admin.createToggle')}
            </Button>
          </Group>
          <div id="create-organization">
            {creating && (
              <QueryView query={municipalities}>
                {(data) => (
                  <CreateOrganizationForm
                    municipalities={data}
                    defaultMunicipalityId={plannerMunicipality ?? onlyMunicipality}
                  />
                )}
              </QueryView>
            )}
          </div>
        </Stack>
      </Paper>
      <FilterForm onApply={setFilters} />
      <section aria-labelledby="results-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="results-heading">
            {t('admin.resultsHeading')}
          </Title>
          <OrganizationList filters={filters} municipalityNames={municipalityNames} />
        </Stack>
      </section>
    </Page>
  );
}
