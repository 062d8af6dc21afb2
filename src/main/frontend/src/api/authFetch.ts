/** "rejected": the server refused the refresh token; "unreachable": no verdict (network or server error). */
export type RefreshOutcome = 'ok' | 'rejected' | 'unreachable';

export interface AuthFetchOptions {
  fetch: (request: Request) => Promise<Response>;
  accessToken: () => string | null;
  canRefresh: () => boolean;
  /** Must be deduplicated: concurrent 401s share one refresh. */
  refresh: () => Promise<RefreshOutcome>;
  onSessionExpired: () => void;
}

const CREDENTIAL_ENDPOINTS = ['/auth/login', '/auth/register', '/auth/refresh', '/auth/logout'];

function isCredentialEndpoint(url: string): boolean {
  const path = new URL(url, 'http://local').pathname;
  return CREDENTIAL_ENDPOINTS.some((suffix) => path.endsWith(suffix));
}

function withBearer(request: Request, token: string | null): Request {
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

/**
 * fetch middleware: adds the bearer token; on 401 refreshes the session once (shared by
 * concurrent requests) and retries the request once; if the server rejects the refresh the session ends.
 */
export function createAuthFetch(options: AuthFetchOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const retry = request.clone();
    const response = await options.fetch(withBearer(request, options.accessToken()));
    if (response.status !== 401 || isCredentialEndpoint(request.url) || !options.canRefresh()) {
      return response;
    }
    const outcome = await options.refresh();
    if (outcome !== 'ok') {
      if (outcome === 'rejected') options.onSessionExpired();
      return response;
    }
    return options.fetch(withBearer(retry, options.accessToken()));
  };
}
