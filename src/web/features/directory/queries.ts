import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import type { ProfilePatch, RelationshipWrite, SearchQuery } from './types';

export const directoryKeys = {
  kinds: ['directory', 'kinds'] as const,
  searches: ['directory', 'search'] as const,
  search: (query: SearchQuery) => ['directory', 'search', query] as const,
  profile: (id: string) => ['directory', 'profiles', id] as const,
  network: (centreId: string) => ['centres', centreId, 'network'] as const,
  relationship: (centreId: string, partnerId: string) =>
    ['centres', centreId, 'relationships', partnerId] as const,
};

const pageSize = 20;

export function useKinds() {
  return useQuery({
    queryKey: directoryKeys.kinds,
    queryFn: () => unwrap(api.GET('/api/v1/directory/kinds')),
    select: (list) => list.items,
    staleTime: 10 * 60_000,
  });
}

export function useDirectorySearch(query: SearchQuery) {
  return useInfiniteQuery({
    queryKey: directoryKeys.search(query),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/directory/search', {
          params: { query: { ...query, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export const profileQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: directoryKeys.profile(organizationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/directory/profiles/{organizationId}', { params: { path: { organizationId } } }),
      ),
  });

export function useProfile(organizationId: string) {
  return useQuery(profileQueryOptions(organizationId));
}

export function useUpdateProfile(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) =>
      unwrap(
        api.PATCH('/api/v1/directory/profiles/{organizationId}', {
          params: { path: { organizationId } },
          body: patch,
        }),
      ),
    onSuccess: (profile) => {
      queryClient.setQueryData(directoryKeys.profile(organizationId), profile);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.searches });
    },
  });
}

export function useNetwork(centreId: string | undefined) {
  return useQuery({
    queryKey: directoryKeys.network(centreId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/centres/{centreId}/network', { params: { path: { centreId: centreId ?? '' } } }),
      ),
    enabled: Boolean(centreId),
  });
}

/** The centre's relationship with a partner, or null when there is none yet (404). */
export function useRelationship(centreId: string | undefined, partnerId: string) {
  return useQuery({
    queryKey: directoryKeys.relationship(centreId ?? '', partnerId),
    queryFn: async () => {
      try {
        return await unwrap(
          api.GET('/api/v1/centres/{centreId}/relationships/{partnerId}', {
            params: { path: { centreId: centreId ?? '', partnerId } },
          }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: Boolean(centreId),
  });
}

export function useSaveRelationship(centreId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RelationshipWrite) =>
      unwrap(
        api.PUT('/api/v1/centres/{centreId}/relationships/{partnerId}', {
          params: { path: { centreId, partnerId } },
          body,
        }),
      ),
    onSuccess: (relationship) => {
      queryClient.setQueryData(directoryKeys.relationship(centreId, partnerId), relationship);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.network(centreId) });
      void queryClient.invalidateQueries({ queryKey: directoryKeys.searches });
    },
  });
}

/** A centre's own record (for its place on the map); the same cache entry as the organisation page's. */
export function useCentreLocation(centreId: string | undefined) {
  return useQuery({
    queryKey: ['organizations', centreId ?? ''],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: centreId ?? '' } } })),
    enabled: Boolean(centreId),
    select: (organization) =>
      organization.lat !== null && organization.lng !== null
        ? { id: organization.id, name: organization.name, lat: organization.lat, lng: organization.lng }
        : undefined,
  });
}

export interface Centre {
  id: string;
  name: string;
}

/** The family centres the user is a member of: their relationships and network are what the user works on. */
export function centresOf(me: Me | null | undefined): Centre[] {
  return (me?.memberships ?? [])
    .filter((m) => m.organizationType === 'family_centre')
    .map((m) => ({ id: m.organizationId, name: m.organizationName }));
}
