import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type CycleList = Json<paths['/api/v1/seal/centres/{id}/cycles']['get']['responses'][200]>;
export type Cycle = CycleList['items'][number];
export type CycleCreate = Body<paths['/api/v1/seal/centres/{id}/cycles']['post']>;
export type CycleUpdate = Body<paths['/api/v1/seal/cycles/{cycleId}']['patch']>;

/** The certification cycles of a centre or Verbund (issue 19 §2). */
export const cycleKeys = {
  list: (subjectId: string) => ['seal', 'cycles', subjectId] as const,
};

export function useCycles(subjectId: string) {
  return useQuery({
    queryKey: cycleKeys.list(subjectId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/seal/centres/{id}/cycles', { params: { path: { id: subjectId } } })),
  });
}

/** The self-check shows the cycle and its dates decide the review period: every seal query reloads. */
function useReloadSeal() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['seal'] });
}

export function useCreateCycle(subjectId: string) {
  const reload = useReloadSeal();
  return useMutation({
    mutationFn: (body: CycleCreate) =>
      unwrap(api.POST('/api/v1/seal/centres/{id}/cycles', { params: { path: { id: subjectId } }, body })),
    onSuccess: reload,
  });
}

export function useUpdateCycle() {
  const reload = useReloadSeal();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CycleUpdate }) =>
      unwrap(api.PATCH('/api/v1/seal/cycles/{cycleId}', { params: { path: { cycleId: id } }, body })),
    // A 409 (someone changed it meanwhile) also reloads, so the next try has the current version.
    onSettled: reload,
  });
}

export function useRemoveCycle() {
  const reload = useReloadSeal();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapEmpty(
        api.DELETE('/api/v1/seal/cycles/{cycleId}', {
          params: { path: { cycleId: id }, query: { version } },
        }),
      ),
    onSettled: reload,
  });
}
