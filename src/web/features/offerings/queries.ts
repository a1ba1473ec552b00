import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type {
  EvaluationWrite,
  Offering,
  OfferingCreate,
  OfferingListQuery,
  OfferingPatch,
  OfferingStatus,
  SessionPatch,
} from './types';

export const offeringKeys = {
  all: ['offerings'] as const,
  options: ['offerings', 'options'] as const,
  lists: ['offerings', 'list'] as const,
  list: (query: OfferingListQuery) => ['offerings', 'list', query] as const,
  offering: (id: string) => ['offerings', 'detail', id] as const,
  consents: (id: string) => ['offerings', 'detail', id, 'consents'] as const,
  comments: (id: string) => ['offerings', 'detail', id, 'comments'] as const,
};

export function useOfferingOptions() {
  return useQuery({
    queryKey: offeringKeys.options,
    queryFn: () => unwrap(api.GET('/api/v1/offerings/options')),
    staleTime: 5 * 60_000,
  });
}

export function useOfferings(query: OfferingListQuery) {
  return useInfiniteQuery({
    queryKey: offeringKeys.list(query),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/offerings', {
          params: { query: { ...query, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOffering(id: string) {
  return useQuery({
    queryKey: offeringKeys.offering(id),
    queryFn: () => unwrap(api.GET('/api/v1/offerings/{id}', { params: { path: { id } } })),
  });
}

/** After any change the offering's detail, consents and the lists are stale (status, consent round, dates). */
function useOfferingChanged() {
  const queryClient = useQueryClient();
  return (offering: Offering) => {
    queryClient.setQueryData(offeringKeys.offering(offering.id), offering);
    void queryClient.invalidateQueries({ queryKey: offeringKeys.consents(offering.id) });
    void queryClient.invalidateQueries({ queryKey: offeringKeys.lists });
  };
}

export function useCreateOffering() {
  const changed = useOfferingChanged();
  return useMutation({
    mutationFn: (body: OfferingCreate) => unwrap(api.POST('/api/v1/offerings', { body })),
    onSuccess: changed,
  });
}

export function useUpdateOffering(id: string) {
  const changed = useOfferingChanged();
  return useMutation({
    mutationFn: (body: OfferingPatch) =>
      unwrap(api.PATCH('/api/v1/offerings/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useTransition(id: string) {
  const changed = useOfferingChanged();
  return useMutation({
    mutationFn: (body: { to: OfferingStatus; version: number; reason?: string | null }) =>
      unwrap(api.POST('/api/v1/offerings/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useConsents(id: string) {
  return useQuery({
    queryKey: offeringKeys.consents(id),
    queryFn: () => unwrap(api.GET('/api/v1/offerings/{id}/consents', { params: { path: { id } } })),
  });
}

export function useConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { organizationId: string; round: number }) =>
      unwrap(api.POST('/api/v1/offerings/{id}/consents', { params: { path: { id } }, body })),
    onSuccess: (consents) => {
      queryClient.setQueryData(offeringKeys.consents(id), consents);
      // The offering's permissions (may it be agreed now?) and organisers' consent dates changed.
      void queryClient.invalidateQueries({ queryKey: offeringKeys.offering(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: offeringKeys.lists });
    },
  });
}

export function useComments(id: string) {
  return useInfiniteQuery({
    queryKey: offeringKeys.comments(id),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/offerings/{id}/comments', {
          params: { path: { id }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.POST('/api/v1/offerings/{id}/comments', { params: { path: { id } }, body: { body } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: offeringKeys.comments(id) }),
  });
}

export function useUpdateSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, patch }: { sessionId: string; patch: SessionPatch }) =>
      unwrap(
        api.PATCH('/api/v1/offerings/{id}/sessions/{sessionId}', {
          params: { path: { id, sessionId } },
          body: patch,
        }),
      ),
    // A moved session may start a new consent round: reload the whole offering.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: offeringKeys.offering(id) }),
  });
}

export function usePutEvaluation(id: string) {
  const changed = useOfferingChanged();
  return useMutation({
    mutationFn: (body: EvaluationWrite) =>
      unwrap(api.PUT('/api/v1/offerings/{id}/evaluation', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}
