const REFRESH_KEY = 'tradesense.refreshToken';

let accessToken: string | null = null;

/** Access token in memory only; refresh token in localStorage so a reload can restore the session. */
export const tokens = {
  access: (): string | null => accessToken,
  refresh: (): string | null => localStorage.getItem(REFRESH_KEY),
  set(access: string, refresh: string): void {
    accessToken = access;
    localStorage.setItem(REFRESH_KEY, refresh);
  },
  clear(): void {
    accessToken = null;
    localStorage.removeItem(REFRESH_KEY);
  },
};
