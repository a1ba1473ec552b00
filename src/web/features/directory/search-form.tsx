import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterLanguages, kindLabel, languageName } from './format';
import { type Centre, useKinds } from './queries';
import { type DirectorySearchParams, defaultRadius, radiusChoices } from './search-params';
import { relationshipStatuses, type SearchResult, targetGroupKeys } from './types';

const route = getRouteApi('/partner');

/** The search and its filters live in the address, so a search can be bookmarked and survives "back". */
function useSearchUpdate() {
  const navigate = route.useNavigate();
  return (patch: Partial<DirectorySearchParams>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
}

const choose = (value: string | null) => (value ? value : undefined);

function QueryForm({ q: current }: { q: string | undefined }) {
  const { t } = useTranslation();
  const update = useSearchUpdate();
  const [q, setQ] = useState(current ?? '');
  useEffect(() => setQ(current ?? ''), [current]);
  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: q.trim() || undefined });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('directory.search.query')}
            placeholder={t('directory.search.queryPlaceholder')}
            type="search"
            maxLength={200}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('directory.search.submit')}</Button>
        </Group>
      </form>
    </search>
  );
}

interface FiltersProps {
  params: DirectorySearchParams;
  centres: Centre[];
  centre: Centre | undefined;
  facets: SearchResult['facets'] | undefined;
}

function FilterFields({ params, centres, centre, facets }: FiltersProps) {
  const { t } = useTranslation();
  const update = useSearchUpdate();
  const kinds = useKinds();
  // The facets count the current results, the active filter included: next to the options of a filter that is
  // set they would say "0" for choices that do have partners, so counts show only while that filter is unset.
  const withCount = (label: string, count: number | undefined, filterIsSet: boolean) =>
    facets && !filterIsSet ? t('directory.search.withCount', { label, count: count ?? 0 }) : label;
  const kindCounts = new Map((facets?.kinds ?? []).map((facet) => [facet.key, facet.count]));
  const kindOptions = (kinds.data ?? []).map((kind) => ({
    value: kind.key,
    label: withCount(kindLabel(kind), kindCounts.get(kind.key), Boolean(params.kind)),
  }));
  // A chosen district narrows the facets to itself: remember the others, so that one can switch directly.
  const knownDistricts = useRef(new Map<string, string>());
  for (const district of facets?.districts ?? []) knownDistricts.current.set(district.id, district.name);
  const districtCounts = new Map((facets?.districts ?? []).map((facet) => [facet.id, facet.count]));
  const districtOptions = [...knownDistricts.current]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([id, name]) => ({
      value: id,
      label: withCount(name, districtCounts.get(id), Boolean(params.districtId)),
    }));
  if (params.districtId && !knownDistricts.current.has(params.districtId)) {
    districtOptions.push({ value: params.districtId, label: params.districtId });
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm" style={{ alignItems: 'end' }}>
        {centres.length > 1 && (
          <Select
            label={t('directory.search.centre')}
            data={centres.map((c) => ({ value: c.id, label: c.name }))}
            value={centre?.id ?? null}
            allowDeselect={false}
            onChange={(value) => update({ centre: choose(value) })}
          />
        )}
        {centre && (
          <Select
            label={t('directory.search.radius', { centre: centre.name })}
            data={[
              { value: 'all', label: t('directory.search.anyDistance') },
              ...radiusChoices.map((km) => ({
                value: km,
                label: t('directory.search.withinKm', { km }),
              })),
            ]}
            value={params.radius ?? defaultRadius}
            allowDeselect={false}
            onChange={(value) => update({ radius: value === defaultRadius ? undefined : choose(value) })}
          />
        )}
        <Select
          label={t('directory.search.kind')}
          data={[{ value: '', label: t('directory.search.allKinds') }, ...kindOptions]}
          value={params.kind ?? ''}
          allowDeselect={false}
          searchable
          onChange={(value) => update({ kind: choose(value) })}
        />
        <Select
          label={t('directory.search.district')}
          data={[{ value: '', label: t('directory.search.allDistricts') }, ...districtOptions]}
          value={params.districtId ?? ''}
          allowDeselect={false}
          onChange={(value) => update({ districtId: choose(value) })}
        />
        <Select
          label={t('directory.search.language')}
          data={[
            { value: '', label: t('directory.search.allLanguages') },
            ...filterLanguages.map((code) => ({ value: code, label: languageName(code) })),
          ]}
          value={params.language ?? ''}
          allowDeselect={false}
          searchable
          onChange={(value) => update({ language: choose(value) })}
        />
        <Select
          label={t('directory.search.targetGroup')}
          data={[
            { value: '', label: t('directory.search.allTargetGroups') },
            ...targetGroupKeys.map((key) => ({
              value: key,
              label: t(`directory.targetGroup.${key}`),
            })),
          ]}
          value={params.targetGroup ?? ''}
          allowDeselect={false}
          onChange={(value) => update({ targetGroup: targetGroupKeys.find((key) => key === value) })}
        />
        {centre && (
          <Select
            label={t('directory.search.relationship')}
            data={[
              { value: '', label: t('directory.search.allRelationships') },
              ...relationshipStatuses.map((status) => ({
                value: status,
                label: t(`directory.status.${status}`),
              })),
            ]}
            value={params.relationship ?? ''}
            allowDeselect={false}
            onChange={(value) =>
              update({ relationship: relationshipStatuses.find((status) => status === value) })
            }
          />
        )}
      </SimpleGrid>
      <div>
        <Button
          variant="default"
          onClick={() =>
            update({
              kind: undefined,
              districtId: undefined,
              language: undefined,
              targetGroup: undefined,
              relationship: undefined,
              radius: undefined,
            })
          }
        >
          {t('directory.search.reset')}
        </Button>
      </div>
    </>
  );
}

/** The search field and the filters; on a phone the filters fold away, so the results are not pushed far down. */
export function SearchForm(props: FiltersProps) {
  const { t } = useTranslation();
  const { params } = props;
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = [
    params.kind,
    params.districtId,
    params.language,
    params.targetGroup,
    params.relationship,
    params.radius,
  ].filter(Boolean).length;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <QueryForm q={params.q} />
        <section aria-labelledby="filters-heading">
          <Stack gap="sm">
            <Group justify="space-between" gap="xs">
              <Title order={2} size="h4" id="filters-heading">
                {t('directory.search.filtersHeading')}
              </Title>
              {isPhone && (
                <Button
                  variant="default"
                  size="compact-sm"
                  aria-expanded={filtersOpen}
                  aria-controls="directory-filters"
                  onClick={() => setFiltersOpen((open) => !open)}
                >
                  {filtersOpen
                    ? t('directory.search.hideFilters')
                    : activeFilters > 0
                      ? t('directory.search.showActiveFilters', { count: activeFilters })
                      : t('directory.search.showFilters')}
                </Button>
              )}
            </Group>
            <Stack gap="sm" id="directory-filters" display={isPhone && !filtersOpen ? 'none' : undefined}>
              <FilterFields {...props} />
            </Stack>
          </Stack>
        </section>
      </Stack>
    </Paper>
  );
}
