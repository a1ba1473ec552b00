import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, postAuth, unwrap } from '../../api/client';
import type { Me } from '../../api/types';

export const meQueryKey = ['me'] as const;

/** The signed-in user with their memberships, or null when signed out. */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/v1/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) => {
      await postAuth('/api/auth/sign-in/email', credentials);
      return queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    },
  });
}

/** Public settings of this installation (single sign-on provider, map tiles). */
export function usePublicConfig() {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => unwrap(api.GET('/api/v1/config')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Starts the municipal single sign-on (better-auth generic OAuth): the server answers with the provider's URL. */
export function useSingleSignOn() {
  return useMutation({
    mutationFn: async ({ providerId, target }: { providerId: string; target: string }) => {
      const result = await postAuth('/api/auth/sign-in/oauth2', {
        providerId,
        callbackURL: target,
        errorCallbackURL: '/anmelden',
      });
      const url = result && typeof result === 'object' && 'url' in result ? result.url : undefined;
      if (typeof url !== 'string') throw new Error('single sign-on: no provider URL');
      window.location.assign(url);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postAuth('/api/auth/sign-out', {}),
    onSettled: () => {
      // Whatever the server answered, nothing of the previous session may stay on screen.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

/** Whether the organisation admin page is of use to this user (instance admins; planners for their municipality). */
export function canUseOrganizationAdmin(me: Me | null | undefined): boolean {
  if (!me) return false;
  return me.user.isInstanceAdmin || me.memberships.some((m) => m.role === 'planner');
}
