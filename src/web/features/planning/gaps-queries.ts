import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type GapList = Json<'/api/v1/planning/gaps', 'get'>;
export type Gap = GapList['items'][number];
export type OverlapList = Json<'/api/v1/planning/overlaps', 'get'>;
export type Overlap = OverlapList['items'][number];
export type Matrix = Json<'/api/v1/planning/matrix', 'get'>;
export type NewTask = NonNullable<
  paths['/api/v1/planning/tasks']['post']['requestBody']
>['content']['application/json'];

export interface Period {
  municipalityId: string;
  year: number;
  quarter?: number | undefined;
}

const query = (p: Period) => ({
  municipalityId: p.municipalityId,
  year: p.year,
  ...(p.quarter ? { quarter: p.quarter } : {}),
});

export function useGaps(p: Period) {
  return useQuery({
    queryKey: ['planning', 'gaps', p.municipalityId, p.year, p.quarter ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/planning/gaps', { params: { query: query(p) } })),
  });
}

export function useOverlaps(p: Period) {
  return useQuery({
    queryKey: ['planning', 'overlaps', p.municipalityId, p.year, p.quarter ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/planning/overlaps', { params: { query: query(p) } })),
  });
}

export function useMatrix(municipalityId: string) {
  return useQuery({
    queryKey: ['planning', 'matrix', municipalityId],
    queryFn: () => unwrap(api.GET('/api/v1/planning/matrix', { params: { query: { municipalityId } } })),
  });
}

/** The sources (gap keys) of the municipality's tasks, so a gap says that a task for it exists. */
export function useTaskSources(municipalityId: string) {
  return useQuery({
    queryKey: ['planning', 'tasks', municipalityId, 'sources'],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/planning/tasks', { params: { query: { municipalityId, limit: 100 } } }),
      );
      return new Set(page.items.flatMap((task) => (task.source ? [task.source] : [])));
    },
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTask) => unwrap(api.POST('/api/v1/planning/tasks', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['planning', 'tasks'] }),
  });
}
