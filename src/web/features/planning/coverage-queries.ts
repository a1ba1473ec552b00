import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Coverage =
  paths['/api/v1/planning/coverage']['get']['responses'][200]['content']['application/json'];
export type DistrictCoverage = Coverage['current']['districts'][number];
export type OfferingBreakdown = DistrictCoverage['offerings']['byFormat'][string];
export type StateAggregates =
  paths['/api/v1/planning/state-aggregates']['get']['responses'][200]['content']['application/json'];
export type PartnerKind =
  paths['/api/v1/directory/kinds']['get']['responses'][200]['content']['application/json']['items'][number];

/** Coverage per district for a year and the year before (the dashboard). */
export function useCoverage(municipalityId: string, year: number) {
  return useQuery({
    queryKey: ['planning', 'coverage', municipalityId, year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/coverage', { params: { query: { municipalityId, year } } })),
    placeholderData: keepPreviousData,
  });
}

/** One row per municipality of the state (the Landesjugendamt's page); no state: the office's own. */
export function useStateAggregates(state: string | undefined, year: number) {
  return useQuery({
    queryKey: ['planning', 'state-aggregates', state ?? 'own', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/planning/state-aggregates', {
          params: { query: state ? { state, year } : { year } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The partner kinds with their labels (the directory's taxonomy). */
export function usePartnerKinds() {
  return useQuery({
    queryKey: ['planning', 'kinds'],
    queryFn: () => unwrap(api.GET('/api/v1/directory/kinds')),
    select: (list) => list.items,
    staleTime: 60 * 60_000,
  });
}
