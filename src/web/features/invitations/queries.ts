import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { meQueryKey } from '../session/queries';

export function useInvitationByToken(token: string) {
  return useQuery({
    queryKey: ['invitations', 'by-token', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/by-token/{token}', { params: { path: { token } } })),
  });
}

/** Accepts as the signed-in user (`{}`), or creates the account first (`{name, password}`) and signs in. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) =>
      unwrap(api.POST('/api/v1/invitations/by-token/{token}/accept', { params: { path: { token } }, body })),
    // The new membership (and possibly a new session) changes who we are.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
