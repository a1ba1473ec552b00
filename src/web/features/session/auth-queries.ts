import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postAuth } from '../../api/auth';
import { meQueryKey, meQueryOptions } from './queries';

// Signing in and out: only the sign-in page, the invitation page and the header of a signed-in person use these, so
// they (and TanStack Query's mutation hook) stay out of the JavaScript every visitor's first page loads.

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) => {
      await postAuth('/api/auth/sign-in/email', credentials);
      return queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    },
  });
}

/** Starts the municipal single sign-on (better-auth generic OAuth): the server answers with the provider's URL. */
export function useSingleSignOn() {
  return useMutation({
    mutationFn: async ({ providerId, target }: { providerId: string; target: string }) => {
      const result = await postAuth('/api/auth/sign-in/oauth2', {
        providerId,
        callbackURL: target,
        errorCallbackURL: '/anmelden',
      });
      const url = result && typeof result === 'object' && 'url' in result ? result.url : undefined;
      if (typeof url !== 'string') throw new Error('single sign-on: no provider URL');
      window.location.assign(url);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postAuth('/api/auth/sign-out', {}),
    onSettled: () => {
      // Whatever the server answered, nothing of the previous session may stay on screen.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
