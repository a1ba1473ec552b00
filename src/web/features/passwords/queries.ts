import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The server answers alike for known and unknown addresses; only an invalid address is an error. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/auth/request-password-reset', { body: { email } })),
  });
}

/** Sets the new password with the e-mail link's token; the server ends every session of the person. */
export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (newPassword: string) =>
      unwrap(api.POST('/api/auth/reset-password', { body: { token, newPassword } })),
  });
}
