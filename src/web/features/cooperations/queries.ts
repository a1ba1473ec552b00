import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CooperationFilters, CooperationWrite, ModelWrite } from './types';

export const cooperationKeys = {
  all: ['cooperations'] as const,
  list: (filters: CooperationFilters) => ['cooperations', 'list', filters] as const,
  detail: (id: string) => ['cooperations', 'detail', id] as const,
  models: ['cooperation-models'] as const,
};

export function useCooperations(filters: CooperationFilters) {
  return useInfiniteQuery({
    queryKey: cooperationKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/cooperations', {
          params: { query: { ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCooperation(id: string) {
  return useQuery({
    queryKey: cooperationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/cooperations/{id}', { params: { path: { id } } })),
  });
}

export function useSaveCooperation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CooperationWrite) =>
      unwrap(api.PUT('/api/v1/cooperations/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(cooperationKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...cooperationKeys.all, 'list'] });
    },
  });
}

export function useModels() {
  return useQuery({
    queryKey: cooperationKeys.models,
    queryFn: () => unwrap(api.GET('/api/v1/cooperation-models', { params: { query: { limit: 100 } } })),
    staleTime: 5 * 60_000,
  });
}

export function useCreateModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModelWrite) => unwrap(api.POST('/api/v1/cooperation-models', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cooperationKeys.models }),
  });
}

/** A proposal of the Jugendamt to this pair (planning module, /proposals/{id}: the two sides read and answer it). */
export function useProposal(id: string) {
  return useQuery({
    queryKey: ['proposals', id],
    queryFn: () => unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
  });
}

export function useAnswerProposal(id: string, cooperationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; answer: 'accepted' | 'declined' }) =>
      unwrap(api.PUT('/api/v1/proposals/{id}', { params: { path: { id } }, body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['proposals', id] });
      void queryClient.invalidateQueries({ queryKey: cooperationKeys.detail(cooperationId) });
    },
  });
}
