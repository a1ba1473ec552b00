import { useQuery } from '@tanstack/react-query';
import type { Overview } from './overview-types';
import { getJson } from './self-check-queries';

/** The planner's overview of a municipality's centres and Verbünde (aggregated, no documents). */
export function useSealOverview(municipalityId: string) {
  return useQuery({
    queryKey: ['seal', 'overview', municipalityId],
    queryFn: () =>
      getJson<Overview>(`/api/v1/seal/overview?municipalityId=${encodeURIComponent(municipalityId)}`),
  });
}
