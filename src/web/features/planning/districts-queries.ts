import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Boundaries = Json<paths['/api/v1/planning/boundaries']['get']['responses'][200]>;
export type BoundaryFeature = Boundaries['features'][number];
export type ImportBoundaries = Json<NonNullable<paths['/api/v1/planning/boundaries']['post']['requestBody']>>;
export type NeedFigures = Json<paths['/api/v1/planning/need-figures']['get']['responses'][200]>;
export type NeedFigureRow = NeedFigures['items'][number];
export type SaveNeedFigures = Json<NonNullable<paths['/api/v1/planning/need-figures']['put']['requestBody']>>;
export type ImportNeedFigures = Json<
  NonNullable<paths['/api/v1/planning/need-figures/import']['post']['requestBody']>
>;

export const needFigureKeys = [
  'childrenUnder3',
  'children3To6',
  'sgb2SharePercent',
  'singleParentHouseholds',
  'migrationSharePercent',
] as const;
export type NeedFigureKey = (typeof needFigureKeys)[number];
export const shareKeys: readonly NeedFigureKey[] = ['sgb2SharePercent', 'migrationSharePercent'];

export const districtKeys = {
  boundaries: (municipalityId: string) => ['planning', 'boundaries', municipalityId] as const,
  needFigures: (municipalityId: string, year: number) =>
    ['planning', 'need-figures', municipalityId, year] as const,
};

export function useBoundaries(municipalityId: string) {
  return useQuery({
    queryKey: districtKeys.boundaries(municipalityId),
    queryFn: () => unwrap(api.GET('/api/v1/planning/boundaries', { params: { query: { municipalityId } } })),
  });
}

export function useImportBoundaries(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBoundaries) =>
      unwrap(api.POST('/api/v1/planning/boundaries', { params: { query: { municipalityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: districtKeys.boundaries(municipalityId) }),
  });
}

export function useNeedFigures(municipalityId: string, year: number) {
  return useQuery({
    queryKey: districtKeys.needFigures(municipalityId, year),
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/need-figures', { params: { query: { municipalityId, year } } })),
    placeholderData: (previous) => previous,
  });
}

export function useSaveNeedFigures(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveNeedFigures) =>
      unwrap(api.PUT('/api/v1/planning/need-figures', { params: { query: { municipalityId } }, body })),
    onSuccess: (figures) => {
      queryClient.setQueryData(districtKeys.needFigures(municipalityId, figures.year), figures);
      void queryClient.invalidateQueries({ queryKey: ['planning'], refetchType: 'none' });
    },
  });
}

export function useImportNeedFigures(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportNeedFigures) =>
      unwrap(
        api.POST('/api/v1/planning/need-figures/import', { params: { query: { municipalityId } }, body }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['planning', 'need-figures', municipalityId] }),
  });
}

/** The coverage of the year per district (from the coverage part), for the map's coverage figures and ratios. */
export function useDistrictCoverage(municipalityId: string, year: number) {
  return useQuery({
    queryKey: ['planning', 'coverage', municipalityId, year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/coverage', { params: { query: { municipalityId, year } } })),
    placeholderData: (previous) => previous,
  });
}
