import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { OrganizationCreate, OrganizationType } from '../../api/types';

export interface OrganizationFilters {
  type?: OrganizationType;
  q?: string;
}

const pageSize = 25;

const adminKeys = {
  lists: ['organizations', 'list'] as const,
  list: (filters: OrganizationFilters) => ['organizations', 'list', filters] as const,
  municipalities: ['municipalities'] as const,
  districts: (municipalityId: string) => ['municipalities', municipalityId, 'districts'] as const,
  providers: (municipalityId: string) =>
    ['organizations', 'list', { type: 'provider', municipalityId }] as const,
};

export function useOrganizationList(filters: OrganizationFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: adminKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { ...filters, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMunicipalities(enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.municipalities,
    queryFn: () => unwrap(api.GET('/api/v1/municipalities')),
    select: (list) => list.items,
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useDistricts(municipalityId: string | null) {
  return useQuery({
    queryKey: adminKeys.districts(municipalityId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/municipalities/{id}/districts', { params: { path: { id: municipalityId ?? '' } } }),
      ),
    select: (list) => list.items,
    enabled: Boolean(municipalityId),
    staleTime: 10 * 60_000,
  });
}

/** Providers (Träger) of a municipality, for the provider picker; a municipality rarely has more than 100. */
export function useProviders(municipalityId: string | null) {
  return useQuery({
    queryKey: adminKeys.providers(municipalityId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { type: 'provider', municipalityId: municipalityId ?? '', limit: 100 } },
        }),
      ),
    select: (list) => list.items,
    enabled: Boolean(municipalityId),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organization: OrganizationCreate) =>
      unwrap(api.POST('/api/v1/organizations', { body: organization })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.lists }),
  });
}
