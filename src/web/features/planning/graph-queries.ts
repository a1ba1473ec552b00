import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type PlanningGraph =
  paths['/api/v1/planning/graph']['get']['responses'][200]['content']['application/json'];
export type GraphNode = PlanningGraph['nodes'][number];
export type GraphEdge = PlanningGraph['edges'][number];

export interface GraphParams {
  municipalityId: string;
  at?: string | undefined;
  districtId?: string | undefined;
  kind?: string | undefined;
}

/** The municipality's network on a day; the last answer stays on screen while a new filter loads. */
export function usePlanningGraph(params: GraphParams) {
  return useQuery({
    queryKey: ['planning', 'graph', params],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/planning/graph', {
          params: {
            query: {
              municipalityId: params.municipalityId,
              ...(params.at && { at: params.at }),
              ...(params.districtId && { districtId: params.districtId }),
              ...(params.kind && { kind: params.kind }),
            },
          },
        }),
      ),
  });
}
