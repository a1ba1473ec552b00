import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type PlannableMunicipality =
  paths['/api/v1/planning/municipalities']['get']['responses'][200]['content']['application/json']['items'][number];

/** The municipalities the signed-in person plans, with their districts (the switcher of every planning page). */
export function usePlannableMunicipalities() {
  return useQuery({
    queryKey: ['planning', 'municipalities'],
    queryFn: () => unwrap(api.GET('/api/v1/planning/municipalities')),
    staleTime: 5 * 60_000,
  });
}
