import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

const confirmationKey = (token: string) => ['directory', 'confirmations', token];

export function useConfirmation(token: string) {
  return useQuery({
    queryKey: confirmationKey(token),
    queryFn: () =>
      unwrap(api.GET('/api/v1/directory/confirmations/{token}', { params: { path: { token } } })),
  });
}

export function useConfirm(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/directory/confirmations/{token}', { params: { path: { token } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: confirmationKey(token) }),
  });
}
