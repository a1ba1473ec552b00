import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';

export const meQueryKey = ['me'] as const;

// Signing in and out live in auth-queries.ts: only the sign-in page and the header of a signed-in person load them,
// not every visitor's first page.

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

/** Public settings of this installation (single sign-on provider, map tiles). */
export function usePublicConfig() {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => unwrap(api.GET('/api/v1/config')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Whether the organisation admin page is of use to this person: the server's `permissions` say so. */
export function canUseOrganizationAdmin(me: Me | null | undefined): boolean {
  return me?.permissions.administerOrganizations ?? false;
}
