export interface AuthFetchOptions {
  fetch: (request: Request) => Promise<Response>;
  accessToken: () => string | null;
  canRefresh: () => boolean;
  /** Must be deduplicated: concurrent 401s share one refresh. Resolves true when a new access token is available. */
  refresh: () => Promise<boolean>;
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
 * concurrent requests) and retries the request once; if the refresh fails the session ends.
 */
export function createAuthFetch(options: AuthFetchOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const retry = request.clone();
    const response = await options.fetch(withBearer(request, options.accessToken()));
    if (response.status !== 401 || isCredentialEndpoint(request.url) || !options.canRefresh()) {
      return response;
    }
    if (!(await options.refresh())) {
      options.onSessionExpired();
      return response;
    }
    return options.fetch(withBearer(retry, options.accessToken()));
  };
}
