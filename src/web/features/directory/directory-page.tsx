import './directory.css';
import {
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatAddress } from '../../components/contact-links';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { Loading, ProblemAlert } from '../../components/problem-alert';
import { useMe, usePublicConfig } from '../session/queries';
import { filterLanguages, formatKm, kindLabel, languageName } from './format';
import type { MapPoint } from './partner-map';
import { type Centre, centresOf, useCentreLocation, useDirectorySearch, useKinds } from './queries';
import {
  type DirectorySearchParams,
  defaultRadius,
  radiusChoices,
  rememberDirectorySearch,
} from './search-params';
import {
  type RelationshipStatus,
  relationshipStatuses,
  type SearchItem,
  type SearchQuery,
  type SearchResult,
  targetGroupKeys,
} from './types';

// Leaflet (~45 kB gzipped with its CSS) loads only once results are there to show.
const PartnerMap = lazy(() => import('./partner-map'));

const route = getRouteApi('/partner');

function useSearchUpdate() {
  const navigate = route.useNavigate();
  return (patch: Partial<DirectorySearchParams>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
}

interface FiltersProps {
  params: DirectorySearchParams;
  centres: Centre[];
  centre: Centre | undefined;
  facets: SearchResult['facets'] | undefined;
}

function SearchForm({ params, centres, centre, facets }: FiltersProps) {
  const { t } = useTranslation();
  const update = useSearchUpdate();
  const kinds = useKinds();
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);

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
  const choose = (value: string | null) => (value ? value : undefined);
  // On a phone the six filters would push the results off the first screens: they fold away there.
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
                    onChange={(value) =>
                      update({ radius: value === defaultRadius ? undefined : choose(value) })
                    }
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
            </Stack>
          </Stack>
        </section>
      </Stack>
    </Paper>
  );
}

/** Colours of the cooperation's status (all at least 4.5:1 against their background). */
const statusBadge: Record<RelationshipStatus, { variant: 'filled' | 'outline'; color: string }> = {
  potential: { variant: 'outline', color: 'blue.9' },
  in_contact: { variant: 'filled', color: 'blue.9' },
  active: { variant: 'filled', color: 'teal.9' },
  paused: { variant: 'outline', color: 'gray.7' },
  ended: { variant: 'outline', color: 'gray.7' },
};

function ResultItem({ item }: { item: SearchItem }) {
  const { t } = useTranslation();
  const { organization } = item;
  const address = formatAddress(organization, ', ');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <AnchorLink
              to="/partner/$organizationId"
              params={{ organizationId: organization.id }}
              style={{ overflowWrap: 'anywhere' }}
            >
              {organization.name}
            </AnchorLink>
          </Title>
          {item.distanceKm !== null && (
            <Text size="sm" fw={600}>
              {t('directory.search.distance', { distance: formatKm(item.distanceKm) })}
            </Text>
          )}
        </Group>
        {address && (
          <Text size="sm" c="dimmed">
            {address}
          </Text>
        )}
        <Group gap={6}>
          {item.kinds.map((kind) => (
            <Badge key={kind.key} variant="light" tt="none">
              {kindLabel(kind)}
            </Badge>
          ))}
          {item.relationship && (
            <Badge {...statusBadge[item.relationship]} tt="none">
              {t('directory.search.inNetwork', { status: t(`directory.status.${item.relationship}`) })}
            </Badge>
          )}
          {item.stale && (
            <Badge variant="outline" color="red.9" tt="none">
              {t('directory.search.stale')}
            </Badge>
          )}
        </Group>
        {item.offerings.length > 0 && (
          <Text size="sm">{t('directory.search.offerings', { list: item.offerings.join(', ') })}</Text>
        )}
      </Stack>
    </Paper>
  );
}

interface ResultsProps {
  query: SearchQuery;
  centre: Centre | undefined;
  homePoint: MapPoint | undefined;
  onFacets: (facets: SearchResult['facets']) => void;
}

function Results({ query, centre, homePoint, onFacets }: ResultsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useDirectorySearch(query);
  const config = usePublicConfig();
  const firstPage = search.data?.pages[0];
  useEffect(() => {
    if (firstPage) onFacets(firstPage.facets);
  }, [firstPage, onFacets]);
  const items = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  // After "Mehr laden" the keyboard continues at the first new result, once it has been rendered.
  const focusResultAt = useRef<number | null>(null);
  useEffect(() => {
    const index = focusResultAt.current;
    if (index === null || items.length <= index) return;
    focusResultAt.current = null;
    document.querySelectorAll<HTMLAnchorElement>('#partner-results > li h3 a')[index]?.focus();
  }, [items]);
  const points = useMemo(
    () =>
      items.flatMap((item) => {
        const { id, name, lat, lng } = item.organization;
        return lat !== null && lng !== null ? [{ id, name, lat, lng }] : [];
      }),
    [items],
  );

  if (search.isPending) return <Loading />;
  if (search.isError) {
    // A 400 names the filter at fault (e.g. an unknown kind in an old link): trying again would not help.
    const retry = !(search.error instanceof ApiError && search.error.status < 500);
    return <ProblemAlert error={search.error} onRetry={retry ? () => void search.refetch() : undefined} />;
  }
  const total = firstPage?.total ?? 0;
  const withoutCoordinates = items.length - points.length;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <section aria-labelledby="results-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="results-heading">
              {t('directory.search.resultsHeading')}
            </Title>
            <Text role="status" fw={600}>
              {t('directory.search.resultCount', { count: total })}
              {items.length < total && ` – ${t('directory.search.shown', { shown: items.length, total })}`}
            </Text>
            {items.length === 0 ? (
              <Text>{t('directory.search.empty')}</Text>
            ) : (
              <Stack
                component="ul"
                gap="sm"
                className="partner-results"
                id="partner-results"
                aria-labelledby="results-heading"
              >
                {items.map((item) => (
                  <ResultItem key={item.organization.id} item={item} />
                ))}
              </Stack>
            )}
            {search.hasNextPage && (
              <div>
                <Button
                  variant="default"
                  loading={search.isFetchingNextPage}
                  onClick={() => {
                    focusResultAt.current = items.length;
                    void search.fetchNextPage();
                  }}
                >
                  {t('directory.search.loadMore')}
                </Button>
              </div>
            )}
          </Stack>
        </section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        {config.data && points.length > 0 && (
          <section aria-labelledby="map-heading" className="partner-map-column">
            <Stack gap="xs">
              <Title order={2} size="h3" id="map-heading">
                {t('directory.map.heading')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('directory.map.hint')}
              </Text>
              <Suspense fallback={<div className="partner-map" aria-hidden="true" />}>
                <PartnerMap
                  tileUrl={config.data.mapTileUrl}
                  points={points}
                  home={centre ? homePoint : undefined}
                  onSelect={(organizationId) =>
                    void navigate({ to: '/partner/$organizationId', params: { organizationId } })
                  }
                />
              </Suspense>
              {withoutCoordinates > 0 && (
                <Text size="sm">{t('directory.map.notShown', { count: withoutCoordinates })}</Text>
              )}
              <Text size="xs">
                <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">
                  {t('directory.map.attribution')}
                </a>
              </Text>
            </Stack>
          </section>
        )}
      </Grid.Col>
    </Grid>
  );
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const params = route.useSearch();
  useEffect(() => rememberDirectorySearch(params), [params]);
  const { data: me } = useMe();
  const centres = centresOf(me);
  const centre = centres.find((c) => c.id === params.centre) ?? centres[0];
  const home = useCentreLocation(centre?.id);
  const [facets, setFacets] = useState<SearchResult['facets'] | undefined>(undefined);

  const radius = params.radius ?? defaultRadius;
  const query: SearchQuery = {
    ...(params.q ? { q: params.q } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.districtId ? { districtId: params.districtId } : {}),
    ...(params.language ? { language: params.language } : {}),
    ...(params.targetGroup ? { targetGroup: params.targetGroup } : {}),
    ...(centre
      ? {
          near: centre.id,
          centreId: centre.id,
          ...(radius !== 'all' ? { radiusKm: Number(radius) } : {}),
          ...(params.relationship ? { relationship: params.relationship } : {}),
        }
      : {}),
  };

  return (
    <Page title={t('directory.search.heading')} documentTitle={t('directory.search.title')}>
      <Text maw={720} className="directory-page">
        {t('directory.search.intro')}
      </Text>
      <SearchForm params={params} centres={centres} centre={centre} facets={facets} />
      <Results query={query} centre={centre} homePoint={home.data} onFacets={setFacets} />
    </Page>
  );
}
