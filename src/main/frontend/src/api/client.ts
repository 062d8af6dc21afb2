import createClient from 'openapi-fetch';
import { createAuthFetch } from './authFetch';
import type { components, paths } from './schema';
import { endSession, refreshSession } from './session';
import { tokens } from './tokens';

export type Schemas = components['schemas'];
export type UserView = Schemas['UserView'];
export type Role = UserView['roles'][number];

/** The typed API client; every call carries the session's bearer token. */
export const api = createClient<paths>({
  baseUrl: '',
  fetch: createAuthFetch({
    fetch: (request) => fetch(request),
    accessToken: tokens.access,
    canRefresh: () => tokens.refresh() !== null,
    refresh: refreshSession,
    onSessionExpired: () => endSession('expired'),
  }),
});
