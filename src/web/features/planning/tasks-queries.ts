import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type TaskList = Json<paths['/api/v1/planning/tasks']['get']['responses'][200]>;
export type Task = TaskList['items'][number];
export type TaskCreate = Body<paths['/api/v1/planning/tasks']['post']>;
export type TaskUpdate = Body<paths['/api/v1/planning/tasks/{id}']['put']>;
export type Proposal = Json<paths['/api/v1/planning/proposals']['get']['responses'][200]>['items'][number];
export type ProposalCreate = Body<paths['/api/v1/planning/proposals']['post']>;
export type DistrictMessage = Json<
  paths['/api/v1/planning/district-messages']['get']['responses'][200]
>['items'][number];
export type DistrictMessageCreate = Body<paths['/api/v1/planning/district-messages']['post']>;

/** The coordination part of planning: tasks, proposals and district messages of one municipality. */
export const coordinationKeys = {
  tasks: (municipalityId: string) => ['planning', 'tasks', municipalityId] as const,
  proposals: (municipalityId: string) => ['planning', 'proposals', municipalityId] as const,
  messages: (municipalityId: string) => ['planning', 'district-messages', municipalityId] as const,
  organizations: (municipalityId: string, type: string) =>
    ['planning', 'organizations', municipalityId, type] as const,
};

export function useTasks(municipalityId: string) {
  return useQuery({
    queryKey: coordinationKeys.tasks(municipalityId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/tasks', { params: { query: { municipalityId, limit: 100 } } })),
  });
}

export function useCreateTask(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskCreate) => unwrap(api.POST('/api/v1/planning/tasks', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: coordinationKeys.tasks(municipalityId) }),
  });
}

export function useUpdateTask(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TaskUpdate }) =>
      unwrap(api.PUT('/api/v1/planning/tasks/{id}', { params: { path: { id } }, body })),
    // A 409 (someone changed it meanwhile) also reloads, so the next try has the current version.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: coordinationKeys.tasks(municipalityId) }),
  });
}

export function useProposals(municipalityId: string) {
  return useQuery({
    queryKey: coordinationKeys.proposals(municipalityId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/proposals', { params: { query: { municipalityId, limit: 100 } } })),
  });
}

export function useCreateProposal(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalCreate) => unwrap(api.POST('/api/v1/planning/proposals', { body })),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: coordinationKeys.proposals(municipalityId) }),
  });
}

export function useWithdrawProposal(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.POST('/api/v1/planning/proposals/{id}/withdrawal', {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSettled: () =>
      void queryClient.invalidateQueries({ queryKey: coordinationKeys.proposals(municipalityId) }),
  });
}

export function useDistrictMessages(municipalityId: string) {
  return useQuery({
    queryKey: coordinationKeys.messages(municipalityId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/planning/district-messages', { params: { query: { municipalityId, limit: 100 } } }),
      ),
  });
}

export function useSendDistrictMessage(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DistrictMessageCreate) =>
      unwrap(api.POST('/api/v1/planning/district-messages', { body })),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: coordinationKeys.messages(municipalityId) }),
  });
}

/** Family centres or partners of the municipality, for the proposal form (at most 100 each). */
export function useOrganizations(municipalityId: string, type: 'family_centre' | 'partner') {
  return useQuery({
    queryKey: coordinationKeys.organizations(municipalityId, type),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { municipalityId, type, limit: 100 } } })),
    staleTime: 5 * 60_000,
  });
}

export function useCooperationModels() {
  return useQuery({
    queryKey: ['cooperation-models'],
    queryFn: () => unwrap(api.GET('/api/v1/cooperation-models', { params: { query: { limit: 100 } } })),
    staleTime: 5 * 60_000,
  });
}
