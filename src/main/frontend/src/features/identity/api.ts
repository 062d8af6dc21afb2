import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, type UserView } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';
import { applyTokens } from '../../api/session';

export const ADMIN_ROLES = ['ADMIN', 'SUPER_ADMIN'] as const;

export function isAdmin(user: UserView | undefined): boolean {
  return !!user?.roles.some((role) => (ADMIN_ROLES as readonly string[]).includes(role));
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: () => unwrap(api.GET('/api/v1/auth/me')) });
}

export function useSignIn() {
  return useMutation({
    mutationFn: (body: Schemas['LoginRequest']) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: applyTokens,
  });
}

export function useRegister() {
  return useMutation({
    mutationFn: (body: Schemas['RegistrationRequest']) => unwrap(api.POST('/api/v1/auth/register', { body })),
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: (body: Schemas['ForgotPasswordRequest']) => unwrap(api.POST('/api/v1/auth/forgot-password', { body })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: Schemas['PasswordResetRequest']) => unwrap(api.POST('/api/v1/auth/reset-password', { body })),
  });
}

/** Verification runs as a query keyed by token so that a re-mount never spends the token twice. */
export function useVerifyEmail(token: string | null) {
  return useQuery({
    queryKey: ['verify-email', token],
    queryFn: () => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token: token ?? '' } })).then(() => true),
    enabled: !!token,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/auth/resend-verification')) });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProfileUpdateRequest']) => unwrap(api.PATCH('/api/v1/auth/me', { body })),
    onSuccess: (user) => client.setQueryData(queryKeys.me, user),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PasswordChangeRequest']) => unwrap(api.POST('/api/v1/auth/change-password', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => unwrap(api.GET('/api/v1/auth/sessions')) });
}

export function useRevokeSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await unwrap(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
