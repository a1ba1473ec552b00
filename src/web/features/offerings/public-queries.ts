import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { defaultRadius, type FinderSearchParams } from './search-params';
import type { PublicOfferingQuery } from './types';

// The public pages use only these queries: no sign-in, and little JavaScript (they are their own chunk).
export const publicKeys = {
  options: ['public', 'offerings', 'options'] as const,
  search: (query: PublicOfferingQuery) => ['public', 'offerings', 'search', query] as const,
  offering: (id: string) => ['public', 'offerings', id] as const,
};

const pageSize = 20;

/** The address's filters as the API's query (a postcode without radius means the default radius). */
export function toPublicQuery(params: FinderSearchParams): PublicOfferingQuery {
  const radius = params.radius ?? defaultRadius;
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.targetGroup ? { targetGroup: params.targetGroup } : {}),
    ...(params.age !== undefined ? { age: params.age } : {}),
    ...(params.language ? { language: params.language } : {}),
    ...(params.districtId ? { districtId: params.districtId } : {}),
    ...(params.format ? { format: params.format } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.postcode ? { postcode: params.postcode } : {}),
    ...(params.postcode && radius !== 'all' ? { radiusKm: Number(radius) } : {}),
  };
}

export function usePublicOptions() {
  return useQuery({
    queryKey: publicKeys.options,
    queryFn: () => unwrap(api.GET('/api/v1/public/offerings/options')),
    staleTime: 10 * 60_000,
  });
}

export function usePublicSearch(query: PublicOfferingQuery) {
  return useInfiniteQuery({
    queryKey: publicKeys.search(query),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/public/offerings', {
          params: { query: { ...query, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePublicOffering(id: string) {
  return useQuery({
    queryKey: publicKeys.offering(id),
    queryFn: () => unwrap(api.GET('/api/v1/public/offerings/{id}', { params: { path: { id } } })),
  });
}
