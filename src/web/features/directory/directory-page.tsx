import './directory.css';
import { Grid, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import type { MapPoint } from './partner-map';
import { type Centre, centresOf, useCentreLocation, useDirectorySearch } from './queries';
import { ResultsList } from './results-list';
import { ResultsMap } from './results-map';
import { SearchForm } from './search-form';
import { type DirectorySearchParams, defaultRadius, rememberDirectorySearch } from './search-params';
import type { SearchQuery, SearchResult } from './types';

const route = getRouteApi('/partner');

/** The API's query for the search in the address; distances and the cooperation filter refer to the centre. */
function queryOf(params: DirectorySearchParams, centre: Centre | undefined): SearchQuery {
  const radius = params.radius ?? defaultRadius;
  return {
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
}

interface ResultsProps {
  query: SearchQuery;
  home: MapPoint | undefined;
  onFacets: (facets: SearchResult['facets']) => void;
}

function Results({ query, home, onFacets }: ResultsProps) {
  const search = useDirectorySearch(query);
  const firstPage = search.data?.pages[0];
  useEffect(() => {
    if (firstPage) onFacets(firstPage.facets);
  }, [firstPage, onFacets]);
  const items = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  // A 400 names the filter at fault (e.g. an unknown kind in an old link): QueryView offers no retry for it.
  return (
    <QueryView query={search}>
      {(data) => (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ResultsList
              items={items}
              total={data.pages[0]?.total ?? 0}
              hasMore={search.hasNextPage}
              isLoadingMore={search.isFetchingNextPage}
              onLoadMore={() => void search.fetchNextPage()}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <ResultsMap items={items} home={home} />
          </Grid.Col>
        </Grid>
      )}
    </QueryView>
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

  return (
    <Page title={t('directory.search.heading')} documentTitle={t('directory.search.title')}>
      <Text maw={720} className="directory-page">
        {t('directory.search.intro')}
      </Text>
      <SearchForm params={params} centres={centres} centre={centre} facets={facets} />
      <Results query={queryOf(params, centre)} home={centre ? home.data : undefined} onFacets={setFacets} />
    </Page>
  );
}
