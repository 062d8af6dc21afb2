import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';

export function useSystemInfo() {
  return useQuery({
    queryKey: queryKeys.systemInfo,
    queryFn: () => unwrap(api.GET('/api/v1/system/info')),
    staleTime: Infinity,
  });
}

export function useDevMailbox(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.mailbox,
    queryFn: async () => {
      const messages = await unwrap(api.GET('/api/v1/dev/mailbox'));
      return [...messages].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    },
    enabled,
    // No stream exists for the development mailbox; a gentle poll keeps it current while open.
    refetchInterval: 5000,
  });
}
