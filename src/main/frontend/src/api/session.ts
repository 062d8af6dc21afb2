import createClient from 'openapi-fetch';
import { useSyncExternalStore } from 'react';
import { queryClient, queryKeys } from './queryClient';
import type { components, paths } from './schema';
import type { RefreshOutcome } from './authFetch';
import { singleFlight } from './singleFlight';
import { tokens } from './tokens';

export type TokenResponse = components['schemas']['TokenResponse'];
export type SessionStatus = 'loading' | 'authenticated' | 'anonymous';
/** Why the last session ended: decides whether the sign-in page offers to return to where the user was. */
export type SessionEnd = 'none' | 'signed-out' | 'expired';

interface SessionState {
  status: SessionStatus;
  ended: SessionEnd;
}

let state: SessionState = { status: tokens.refresh() ? 'loading' : 'anonymous', ended: 'none' };
const listeners = new Set<() => void>();

function setState(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}

export function applyTokens(response: TokenResponse) {
  tokens.set(response.accessToken, response.refreshToken);
  queryClient.setQueryData(queryKeys.me, response.user);
  setState({ status: 'authenticated', ended: 'none' });
}

export function endSession(reason: Exclude<SessionEnd, 'none'>) {
  tokens.clear();
  queryClient.clear();
  setState({ status: 'anonymous', ended: reason });
}

// The refresh call itself must not go through the auth middleware.
const credentialClient = createClient<paths>({ baseUrl: '' });

/** Exchanges the refresh token for a new pair; concurrent callers share one request (tokens rotate). */
export const refreshSession = singleFlight(async (): Promise<RefreshOutcome> => {
  const refreshToken = tokens.refresh();
  if (!refreshToken) return 'rejected';
  try {
    const { data, response } = await credentialClient.POST('/api/v1/auth/refresh', { body: { refreshToken } });
    if (data) {
      applyTokens(data);
      return 'ok';
    }
    return response.status >= 500 ? 'unreachable' : 'rejected';
  } catch {
    return 'unreachable';
  }
});

/** Restores the session from the stored refresh token when the app starts. */
export async function bootstrapSession() {
  if (!tokens.refresh()) return;
  const outcome = await refreshSession();
  if (outcome === 'rejected') endSession('expired');
  // No verdict from the server: keep the refresh token for the next attempt, continue signed out.
  else if (outcome === 'unreachable') setState({ status: 'anonymous', ended: 'none' });
}

export async function signOut() {
  const refreshToken = tokens.refresh();
  if (refreshToken) {
    await credentialClient.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
  endSession('signed-out');
}
