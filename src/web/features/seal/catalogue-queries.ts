import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type EditionList = Json<paths['/api/v1/seal/editions']['get']['responses'][200]>;
export type Edition = Json<paths['/api/v1/seal/editions/{id}']['get']['responses'][200]>;
export type Criterion = Edition['criteria'][number];
export type Area = Edition['areas'][number];
export type ImportBody = Json<NonNullable<paths['/api/v1/seal/editions']['post']['requestBody']>>;
export type Preview = Json<paths['/api/v1/seal/editions/preview']['post']['responses'][200]>;

export const catalogueKeys = {
  editions: ['seal', 'editions'] as const,
  edition: (id: string | undefined) => ['seal', 'editions', id ?? 'current'] as const,
};

export function useEditions() {
  return useQuery({
    queryKey: catalogueKeys.editions,
    queryFn: () => unwrap(api.GET('/api/v1/seal/editions')),
  });
}

/** An edition by id, or the current one. */
export function useEdition(id: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.edition(id),
    queryFn: () =>
      id
        ? unwrap(api.GET('/api/v1/seal/editions/{id}', { params: { path: { id } } }))
        : unwrap(api.GET('/api/v1/seal/editions/current')),
    placeholderData: (previous) => previous,
  });
}

export function usePreviewEdition() {
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/v1/seal/editions/preview', { body })),
  });
}

export function useImportEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/v1/seal/editions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.editions }),
  });
}

export function useMakeCurrent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/seal/editions/{id}/current', { params: { path: { id } } })),
    // Every edition's `current` flag and the current edition itself change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['seal'] }),
  });
}
