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

function urlOf(result: unknown): string | undefined {
  const url = result && typeof result === 'object' && 'url' in result ? result.url : undefined;
  return typeof url === 'string' ? url : undefined;
}

/**
 * Starts the municipal single sign-on: the server answers with the provider's URL. Failures come back from the
 * provider as /anmelden?error=<code> (the sign-in page explains them).
 */
export function useSingleSignOn() {
  return useMutation({
    mutationFn: async ({ providerId, target }: { providerId: string; target: string }) => {
      const url = urlOf(
        await postAuth('/api/auth/sign-in/social', { provider: providerId, callbackURL: target }),
      );
      if (!url) throw new Error('single sign-on: no provider URL');
      window.location.assign(url);
    },
  });
}

/**
 * Signs out. After a single sign-on it resolves to the provider's logout page, which ends the session there too
 * (else the next click on the button would sign the next person at a shared PC straight in) and then leads back
 * to /anmelden?abgemeldet=1; the caller goes there.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => urlOf(await postAuth('/api/auth/sign-out', {})),
    onSettled: () => {
      // Whatever the server answered, nothing of the previous session may stay on screen.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
