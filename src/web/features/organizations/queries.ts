import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import type { Member, MembershipRole, Organization, OrganizationPatch } from '../../api/types';
import { meQueryKey } from '../session/queries';

export const organizationKeys = {
  detail: (id: string) => ['organizations', id] as const,
  members: (id: string) => ['organizations', id, 'members'] as const,
  invitations: (id: string) => ['organizations', id, 'invitations'] as const,
};

export const organizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organizationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(id));
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: OrganizationPatch) =>
      unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: (organization: Organization) => {
      queryClient.setQueryData(organizationKeys.detail(id), organization);
      // The name shows in the navigation and the organisation picker.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useMembers(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: organizationKeys.members(organizationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId } } })),
    enabled,
    select: (list) => list.items,
  });
}

export function useChangeMemberRole(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: MembershipRole }) =>
      unwrap(
        api.PATCH('/api/v1/organizations/{id}/members/{membershipId}', {
          params: { path: { id: organizationId, membershipId: member.id } },
          body: { role },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useRemoveMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) =>
      unwrapEmpty(
        api.DELETE('/api/v1/organizations/{id}/members/{membershipId}', {
          params: { path: { id: organizationId, membershipId: member.id } },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useInvitations(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: organizationKeys.invitations(organizationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/invitations', { params: { path: { id: organizationId } } })),
    enabled,
    select: (list) => list.items,
  });
}

export function useCreateInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: { email: string; role: MembershipRole }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/invitations', {
          params: { path: { id: organizationId } },
          body: invitation,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.invitations(organizationId) }),
  });
}

export function useRevokeInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrapEmpty(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id: invitationId } } })),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.invitations(organizationId) }),
  });
}

/** DSGVO Art. 17: the whole account, or only the memberships in the organisations the admin administers. */
export function useErasePerson(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) =>
      unwrap(api.DELETE('/api/v1/users/{id}', { params: { path: { id: member.userId } } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
