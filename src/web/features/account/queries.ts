import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import { meQueryKey } from '../session/queries';

export const accountKeys = {
  apiKeys: ['me', 'api-keys'] as const,
  sessions: ['me', 'sessions'] as const,
};

export function useApiKeys() {
  return useQuery({
    queryKey: accountKeys.apiKeys,
    queryFn: () => unwrap(api.GET('/api/v1/me/api-keys')),
    select: (list) => list.items,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresInDays?: number }) =>
      unwrap(api.POST('/api/v1/me/api-keys', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrapEmpty(api.DELETE('/api/v1/me/api-keys/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiKeys }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: accountKeys.sessions,
    queryFn: () => unwrap(api.GET('/api/v1/me/sessions')),
    select: (list) => list.items,
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrapEmpty(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

/** "Sign out everywhere": with `all`, this browser is signed out too and nothing of the session may stay. */
export function useRevokeSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'others' | 'all') =>
      unwrap(api.DELETE('/api/v1/me/sessions', { params: { query: { scope } } })),
    onSuccess: (_result, scope) => {
      if (scope === 'all') {
        queryClient.clear();
        queryClient.setQueryData(meQueryKey, null);
      } else void queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
    },
  });
}
