import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The planner's overview of a municipality's centres and Verbünde (aggregated, no documents). */
export function useSealOverview(municipalityId: string) {
  return useQuery({
    queryKey: ['seal', 'overview', municipalityId],
    queryFn: () => unwrap(api.GET('/api/v1/seal/overview', { params: { query: { municipalityId } } })),
  });
}
