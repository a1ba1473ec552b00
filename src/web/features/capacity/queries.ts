import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Capacity =
  paths['/api/v1/organizations/{id}/capacity']['get']['responses'][200]['content']['application/json'];
export type CapacityUpdate = NonNullable<
  paths['/api/v1/organizations/{id}/capacity']['put']['requestBody']
>['content']['application/json'];
export type CapacityOverview =
  paths['/api/v1/capacity']['get']['responses'][200]['content']['application/json'];

export const capacityKeys = {
  organization: (id: string) => ['capacity', 'organization', id] as const,
  overview: (municipalityId: string) => ['capacity', 'overview', municipalityId] as const,
};

export function useCapacity(organizationId: string | undefined) {
  return useQuery({
    queryKey: capacityKeys.organization(organizationId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/capacity', { params: { path: { id: organizationId ?? '' } } }),
      ),
    enabled: Boolean(organizationId),
  });
}

export function useUpdateCapacity(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CapacityUpdate) =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}/capacity', { params: { path: { id: organizationId } }, body }),
      ),
    onSuccess: (capacity) => {
      queryClient.setQueryData(capacityKeys.organization(organizationId), capacity);
      void queryClient.invalidateQueries({ queryKey: ['capacity', 'overview'] });
    },
  });
}

export function useCapacityOverview(municipalityId: string | undefined) {
  return useQuery({
    queryKey: capacityKeys.overview(municipalityId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/capacity', { params: { query: { municipalityId: municipalityId ?? '' } } })),
    enabled: Boolean(municipalityId),
  });
}
