import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export function useFreshness(municipalityId: string | undefined) {
  return useQuery({
    queryKey: ['directory', 'freshness', municipalityId],
    enabled: municipalityId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/directory/freshness', {
          params: { query: { municipalityId: municipalityId ?? '' } },
        }),
      ),
  });
}
