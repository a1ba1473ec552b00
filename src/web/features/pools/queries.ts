import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Pool, PoolCreate, PoolUpdate } from './types';

export const poolKeys = {
  all: ['capacity-pools'] as const,
  list: (municipalityId: string) => ['capacity-pools', 'list', municipalityId] as const,
  pool: (id: string) => ['capacity-pools', 'pool', id] as const,
  suggestion: (id: string, method: string, among: string) =>
    ['capacity-pools', 'pool', id, 'suggestion', method, among] as const,
};

export function usePools(municipalityId?: string) {
  return useQuery({
    queryKey: poolKeys.list(municipalityId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/capacity-pools', {
          params: { query: municipalityId ? { municipalityId } : {} },
        }),
      ),
  });
}

export function usePool(id: string) {
  return useQuery({
    queryKey: poolKeys.pool(id),
    queryFn: () => unwrap(api.GET('/api/v1/capacity-pools/{id}', { params: { path: { id } } })),
  });
}

export function useSuggestion(
  id: string,
  method: 'equal' | 'need',
  among: 'eligible' | 'requesting',
  enabled: boolean,
) {
  return useQuery({
    queryKey: poolKeys.suggestion(id, method, among),
    enabled,
    retry: false,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/capacity-pools/{id}/suggestion', {
          params: { path: { id }, query: { method, among } },
        }),
      ),
  });
}

/** Every change answers the pool as it is now: it replaces the cached one. */
function usePoolMutation<V>(id: string, call: (variables: V) => Promise<Pool>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (pool) => {
      queryClient.setQueryData(poolKeys.pool(id), pool);
      void queryClient.invalidateQueries({ queryKey: ['capacity-pools', 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...poolKeys.pool(id), 'suggestion'] });
    },
  });
}

export function useCreatePool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PoolCreate) => unwrap(api.POST('/api/v1/capacity-pools', { body })),
    onSuccess: (pool) => {
      queryClient.setQueryData(poolKeys.pool(pool.id), pool);
      void queryClient.invalidateQueries({ queryKey: ['capacity-pools', 'list'] });
    },
  });
}

export function useUpdatePool(id: string) {
  return usePoolMutation(id, (body: PoolUpdate) =>
    unwrap(api.PUT('/api/v1/capacity-pools/{id}', { params: { path: { id } }, body })),
  );
}

export function useConfirmPool(id: string) {
  return usePoolMutation(id, (version: number) =>
    unwrap(
      api.POST('/api/v1/capacity-pools/{id}/confirmation', { params: { path: { id } }, body: { version } }),
    ),
  );
}

export function useSetAllocations(id: string) {
  return usePoolMutation(
    id,
    (body: { version: number; allocations: { centreId: string; hoursPerMonth: number }[] }) =>
      unwrap(api.PUT('/api/v1/capacity-pools/{id}/allocations', { params: { path: { id } }, body })),
  );
}

export function usePutRequest(id: string) {
  return usePoolMutation(
    id,
    ({ centreId, ...body }: { centreId: string; hoursPerMonth: number; reason: string }) =>
      unwrap(
        api.PUT('/api/v1/capacity-pools/{id}/requests/{centreId}', {
          params: { path: { id, centreId } },
          body,
        }),
      ),
  );
}

export function useDeleteRequest(id: string) {
  return usePoolMutation(id, (centreId: string) =>
    unwrap(
      api.DELETE('/api/v1/capacity-pools/{id}/requests/{centreId}', { params: { path: { id, centreId } } }),
    ),
  );
}

export function useProduceAgreements(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/capacity-pools/{id}/framework-agreements', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: poolKeys.pool(id) }),
  });
}

export function useDistricts(municipalityId: string | undefined) {
  return useQuery({
    queryKey: ['municipalities', municipalityId ?? '', 'districts'],
    enabled: Boolean(municipalityId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/municipalities/{id}/districts', { params: { path: { id: municipalityId ?? '' } } }),
      ),
    select: (list) => list.items,
  });
}

/** Partner organisations by name (searched on the server, any municipality). */
export function usePartnerSearch(q: string) {
  return useQuery({
    queryKey: ['organizations', 'search', 'partner', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { limit: 50, type: 'partner', ...(q ? { q } : {}) } },
        }),
      ),
    select: (list) => list.items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
