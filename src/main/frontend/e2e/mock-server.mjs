// In-memory implementation of the TradeSense identity API contract, serving the built web client
// from dist/ with the same SPA fallback as the Spring Boot backend. For local visual checks and
// for running the browser tests without the backend: `npm run build && npm run mock`.
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.PORT ?? 4173);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ACCESS_TTL_SECONDS = Number(process.env.MOCK_ACCESS_TTL ?? 900);
const MAX_FAILED_LOGINS = 5;
const LOCK_SECONDS = 900;

const users = new Map(); // email -> user
const sessions = new Map(); // id -> { id, userId, refreshToken, userAgent, ipAddress, createdAt, lastUsedAt }
const accessTokens = new Map(); // token -> { userId, sessionId, expiresAt }
const verificationTokens = new Map(); // token -> userId
const resetTokens = new Map(); // token -> userId
const failedLogins = new Map(); // email -> { count, lockedUntil }
const mails = [];
const audit = [];

const now = () => new Date().toISOString();
const minutesAgo = (m) => new Date(Date.now() - m * 60_000).toISOString();
const token = () => randomUUID().replaceAll('-', '') + randomUUID().replaceAll('-', '');

function record(type, user, req, detail) {
  audit.push({
    id: randomUUID(),
    occurredAt: now(),
    type,
    userId: user?.id,
    email: user?.email,
    ipAddress: req ? clientIp(req) : '127.0.0.1',
    userAgent: req?.headers['user-agent'],
    detail,
  });
}

function clientIp(req) {
  return (req.socket.remoteAddress ?? '127.0.0.1').replace('::ffff:', '');
}

function userView(u) {
  const { id, email, displayName, roles, emailVerified, locale, createdAt } = u;
  return { id, email, displayName, roles, emailVerified, locale, createdAt };
}

function policyErrors(password) {
  const ok = password.length >= 8 && /\p{Lu}/u.test(password) && /\p{Ll}/u.test(password) && /\p{Nd}/u.test(password) && /[^\p{L}\p{Nd}\s]/u.test(password);
  return ok ? [] : ['must be at least 8 characters with upper- and lower-case letters, a digit and a special character'];
}

function sendMail(req, to, subject, text) {
  mails.push({ id: randomUUID(), to, subject, text: text.replaceAll('{origin}', `http://${req.headers.host}`), sentAt: now() });
}

function sendVerification(req, user) {
  const t = token();
  verificationTokens.set(t, user.id);
  sendMail(req, user.email, 'Confirm your TradeSense email', `Hello ${user.displayName},\n\nConfirm your email address by opening this link:\n{origin}/verify-email?token=${t}\n\nIf you did not create a TradeSense account, ignore this message.\n\n— TradeSense`);
}

function openSession(req, user, at = now()) {
  const session = { id: randomUUID(), userId: user.id, refreshToken: token(), userAgent: req.headers['user-agent'] ?? null, ipAddress: clientIp(req), createdAt: at, lastUsedAt: at };
  sessions.set(session.id, session);
  return issue(session, user);
}

function issue(session, user) {
  const accessToken = token();
  accessTokens.set(accessToken, { userId: user.id, sessionId: session.id, expiresAt: Date.now() + ACCESS_TTL_SECONDS * 1000 });
  return { accessToken, refreshToken: session.refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TTL_SECONDS, user: userView(user) };
}

function userById(id) {
  return [...users.values()].find((u) => u.id === id);
}

function endSessionsOf(userId, keepSessionId) {
  for (const [id, s] of sessions) if (s.userId === userId && id !== keepSessionId) sessions.delete(id);
  for (const [t, a] of accessTokens) if (a.userId === userId && a.sessionId !== keepSessionId) accessTokens.delete(t);
}

// Seed: an administrator with a few sessions and audit entries, so every page has something to show.
(function seed() {
  const admin = { id: randomUUID(), email: 'admin@tradesense.local', password: 'Admin!Passw0rd1', displayName: 'Yasmine Alaoui', roles: ['USER', 'ADMIN'], emailVerified: true, locale: 'en', createdAt: '2026-01-14T09:12:00Z' };
  users.set(admin.email, admin);
  const fake = (ua, ip, created, used) => {
    const s = { id: randomUUID(), userId: admin.id, refreshToken: token(), userAgent: ua, ipAddress: ip, createdAt: minutesAgo(created), lastUsedAt: minutesAgo(used) };
    sessions.set(s.id, s);
  };
  fake('Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1', '105.66.131.20', 60 * 24 * 6, 42);
  fake('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', '41.250.12.7', 60 * 24 * 19, 60 * 30);
  const types = ['USER_REGISTERED', 'EMAIL_VERIFIED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN_SUCCEEDED', 'PASSWORD_CHANGED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'PASSWORD_RESET', 'ROLES_CHANGED', 'REFRESH_TOKEN_REUSED'];
  const people = ['omar.tazi@example.com', 'lea.martin@example.com', 'karim.idrissi@example.com', 'admin@tradesense.local', 'sofia.benjelloun@example.com'];
  const agents = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'];
  const details = { LOGIN_FAILED: 'Bad credentials', ACCOUNT_LOCKED: 'Locked for 15 minutes after 5 failed attempts', ROLES_CHANGED: 'USER → USER, MENTOR', REFRESH_TOKEN_REUSED: 'Token family revoked', PASSWORD_RESET: 'Reset link used' };
  for (let i = 0; i < 64; i++) {
    const type = types[i % types.length];
    audit.push({ id: randomUUID(), occurredAt: minutesAgo(64 * 37 - i * 37), type, userId: randomUUID(), email: people[i % people.length], ipAddress: `196.${(i * 7) % 255}.${(i * 13) % 255}.${(i * 29) % 255}`, userAgent: agents[i % agents.length], detail: details[type] });
  }
})();

function send(res, status, body, headers = {}) {
  const isProblem = status >= 400;
  res.writeHead(status, { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function problem(res, status, code, detail, errors, headers) {
  const titles = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests' };
  send(res, status, { type: 'about:blank', title: titles[status], status, detail, instance: res.req.url, code, ...(errors ? { errors } : {}) }, headers);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

function authenticate(req) {
  const header = req.headers.authorization ?? '';
  const access = accessTokens.get(header.replace(/^Bearer /, ''));
  if (!access || access.expiresAt < Date.now() || !sessions.has(access.sessionId)) return null;
  const session = sessions.get(access.sessionId);
  session.lastUsedAt = now();
  return { user: userById(access.userId), session };
}

function required(body, fields) {
  return fields.filter((f) => typeof body[f] !== 'string' || body[f].trim() === '').map((field) => ({ field, message: 'must not be blank' }));
}

const routes = {
  'GET /system/info': (req, res) => send(res, 200, { name: 'TradeSense', version: '0.1.0-mock', mode: 'development', devMailbox: true }),
  'GET /dev/mailbox': (req, res) => send(res, 200, [...mails].reverse()),

  'POST /auth/register': async (req, res, body) => {
    const errors = required(body, ['email', 'password', 'displayName']);
    if (!errors.length && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) errors.push({ field: 'email', message: 'must be a well-formed email address' });
    if (!errors.length) errors.push(...policyErrors(body.password).map((message) => ({ field: 'password', message })));
    if (errors.length) return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', errors);
    const email = body.email.trim().toLowerCase();
    if (users.has(email)) return problem(res, 409, 'EMAIL_TAKEN', 'An account with this email already exists.', [{ field: 'email', message: 'is already registered' }]);
    const user = { id: randomUUID(), email, password: body.password, displayName: body.displayName.trim(), roles: ['USER'], emailVerified: false, locale: 'en', createdAt: now() };
    users.set(email, user);
    record('USER_REGISTERED', user, req);
    sendVerification(req, user);
    send(res, 201, userView(user));
  },

  'POST /auth/login': async (req, res, body) => {
    const email = String(body.email ?? '').trim().toLowerCase();
    const state = failedLogins.get(email) ?? { count: 0, lockedUntil: 0 };
    if (state.lockedUntil > Date.now()) {
      const wait = Math.ceil((state.lockedUntil - Date.now()) / 1000);
      return problem(res, 429, 'ACCOUNT_LOCKED', 'Too many failed sign-in attempts.', undefined, { 'Retry-After': String(wait) });
    }
    const user = users.get(email);
    if (!user || user.password !== body.password) {
      state.count += 1;
      if (state.count >= MAX_FAILED_LOGINS) {
        state.lockedUntil = Date.now() + LOCK_SECONDS * 1000;
        state.count = 0;
        record('ACCOUNT_LOCKED', user ?? { email }, req);
      }
      failedLogins.set(email, state);
      record('LOGIN_FAILED', user ?? { email }, req, 'Bad credentials');
      return problem(res, 401, 'BAD_CREDENTIALS', 'The email or password is incorrect.');
    }
    failedLogins.delete(email);
    record('LOGIN_SUCCEEDED', user, req);
    send(res, 200, openSession(req, user));
  },

  'POST /auth/refresh': async (req, res, body) => {
    const session = [...sessions.values()].find((s) => s.refreshToken === body.refreshToken);
    if (!session) return problem(res, 401, 'INVALID_REFRESH_TOKEN', 'The session has expired. Please sign in again.');
    session.refreshToken = token();
    session.lastUsedAt = now();
    send(res, 200, issue(session, userById(session.userId)));
  },

  'POST /auth/logout': async (req, res, body) => {
    for (const [id, s] of sessions) if (s.refreshToken === body.refreshToken) sessions.delete(id);
    send(res, 204);
  },

  'GET /auth/me': (req, res, _body, auth) => send(res, 200, userView(auth.user)),

  'PATCH /auth/me': (req, res, body, auth) => {
    if (body.displayName !== undefined && String(body.displayName).trim() === '') return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', [{ field: 'displayName', message: 'must not be blank' }]);
    if (body.locale !== undefined && !['en', 'fr', 'ar'].includes(body.locale)) return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', [{ field: 'locale', message: 'is not supported' }]);
    if (body.displayName !== undefined) auth.user.displayName = body.displayName.trim();
    if (body.locale !== undefined) auth.user.locale = body.locale;
    send(res, 200, userView(auth.user));
  },

  'POST /auth/change-password': (req, res, body, auth) => {
    if (auth.user.password !== body.currentPassword) return problem(res, 400, 'WRONG_PASSWORD', 'The current password is incorrect.', [{ field: 'currentPassword', message: 'is incorrect' }]);
    const errors = policyErrors(String(body.newPassword ?? ''));
    if (errors.length) return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', errors.map((message) => ({ field: 'newPassword', message })));
    auth.user.password = body.newPassword;
    endSessionsOf(auth.user.id, auth.session.id);
    record('PASSWORD_CHANGED', auth.user, req);
    send(res, 204);
  },

  'GET /auth/sessions': (req, res, _body, auth) =>
    send(res, 200, [...sessions.values()].filter((s) => s.userId === auth.user.id).map(({ id, userAgent, ipAddress, createdAt, lastUsedAt }) => ({ id, userAgent, ipAddress, createdAt, lastUsedAt, current: id === auth.session.id }))),

  'POST /auth/verify-email': (req, res, body) => {
    const userId = verificationTokens.get(body.token);
    if (!userId) return problem(res, 400, 'INVALID_TOKEN', 'This verification link is invalid or has already been used.');
    verificationTokens.delete(body.token);
    const user = userById(userId);
    user.emailVerified = true;
    record('EMAIL_VERIFIED', user, req);
    send(res, 204);
  },

  'POST /auth/resend-verification': (req, res, _body, auth) => {
    if (!auth.user.emailVerified) sendVerification(req, auth.user);
    send(res, 202);
  },

  'POST /auth/forgot-password': (req, res, body) => {
    const user = users.get(String(body.email ?? '').trim().toLowerCase());
    if (user) {
      const t = token();
      resetTokens.set(t, user.id);
      sendMail(req, user.email, 'Reset your TradeSense password', `Hello ${user.displayName},\n\nChoose a new password here:\n{origin}/reset-password?token=${t}\n\nThe link expires in one hour. If you did not ask for it, ignore this message.\n\n— TradeSense`);
    }
    send(res, 202);
  },

  'POST /auth/reset-password': (req, res, body) => {
    const userId = resetTokens.get(body.token);
    if (!userId) return problem(res, 400, 'INVALID_TOKEN', 'This reset link is invalid or has expired.');
    const errors = policyErrors(String(body.newPassword ?? ''));
    if (errors.length) return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', errors.map((message) => ({ field: 'newPassword', message })));
    resetTokens.delete(body.token);
    const user = userById(userId);
    user.password = body.newPassword;
    endSessionsOf(user.id);
    record('PASSWORD_RESET', user, req);
    send(res, 204);
  },

  'GET /admin/audit-logs': (req, res, _body, auth, url) => {
    if (!auth.user.roles.some((r) => r === 'ADMIN' || r === 'SUPER_ADMIN')) return problem(res, 403, 'FORBIDDEN', 'Administrators only.');
    const q = url.searchParams;
    const page = Math.max(0, Number(q.get('page') ?? 0));
    const size = Math.min(200, Math.max(1, Number(q.get('size') ?? 50)));
    const matches = audit
      .filter((e) => !q.get('type') || e.type === q.get('type'))
      .filter((e) => !q.get('email') || (e.email ?? '').includes(q.get('email').toLowerCase()))
      .filter((e) => !q.get('from') || e.occurredAt >= new Date(q.get('from')).toISOString())
      .filter((e) => !q.get('to') || e.occurredAt < new Date(q.get('to')).toISOString())
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    send(res, 200, { items: matches.slice(page * size, page * size + size), page, size, totalItems: matches.length, totalPages: Math.ceil(matches.length / size) });
  },
};

// Market data: a small instrument catalogue, exchange sessions and quotes (some instruments have not traded).
const INSTRUMENTS = [
  ['AAPL', 'Apple Inc.', 'NASDAQ', 'STOCK', 'USD', 0.01, 189.84, 1.12],
  ['MSFT', 'Microsoft Corporation', 'NASDAQ', 'STOCK', 'USD', 0.01, 415.5, -0.64],
  ['JPM', 'JPMorgan Chase & Co.', 'NYSE', 'STOCK', 'USD', 0.01, 198.2, 0.31],
  ['NVDA', 'NVIDIA Corporation', 'NASDAQ', 'STOCK', 'USD', 0.01, 181.2, 2.05],
  ['SPY', 'SPDR S&P 500 ETF Trust', 'NYSE', 'ETF', 'USD', 0.01, 521.07, 0.18],
  ['QQQ', 'Invesco QQQ Trust', 'NASDAQ', 'ETF', 'USD', 0.01, 601.3, 0.42],
  ['SPX', 'S&P 500 Index', 'INDEX', 'INDEX', 'USD', 0.01, 5218.19, 0.2],
  ['IAM', 'Itissalat Al-Maghrib', 'BVC', 'STOCK', 'MAD', 0.01, 98.5, -1.3],
  ['ATW', 'Attijariwafa Bank', 'BVC', 'STOCK', 'MAD', 0.01, null, null],
  ['BTC-USD', 'Bitcoin', 'CRYPTO', 'CRYPTO', 'USD', 0.01, 67412.35, 2.41],
  ['ETH-USD', 'Ethereum', 'CRYPTO', 'CRYPTO', 'USD', 0.01, 3481.9, -0.87],
  ['EUR/USD', 'Euro / US Dollar', 'FX', 'FX', 'USD', 0.00001, 1.08342, 0.05],
  ['GC', 'Gold Futures', 'COMEX', 'COMMODITY', 'USD', 0.1, 2338.4, 0],
  ['CL', 'Crude Oil WTI Futures', 'NYMEX', 'COMMODITY', 'USD', 0.01, 78.12, -1.05],
].map(([symbol, name, exchange, assetClass, currency, tickSize, price, changePercent]) => ({
  view: { symbol, name, exchange, assetClass, currency, tickSize, calendar: 'XNYS', enabled: true, fractional: assetClass === 'CRYPTO', lotSize: 1, shortable: true, tradable: assetClass !== 'INDEX', isin: null, sector: null },
  price,
  changePercent,
}));

function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length] <= 1;
}

function marketStatus() {
  const at = (hours) => new Date(Date.now() + hours * 3600_000).toISOString();
  const today = new Date().toISOString().slice(0, 10);
  const venue = (exchange, session, timezone, nextOpen, nextClose, extra = {}) => ({ exchange, session, timezone, nextOpen: at(nextOpen), nextClose: at(nextClose), tradingDate: today, isHoliday: false, earlyClose: false, ...extra });
  return [
    venue('NYSE', 'OPEN', 'America/New_York', 20, 3.5),
    venue('NASDAQ', 'PRE_MARKET', 'America/New_York', 1.25, 7.75),
    venue('BVC', 'CLOSED', 'Africa/Casablanca', 14, 21.5, { isHoliday: true }),
    venue('CRYPTO', 'OPEN', 'UTC', 0, 24 * 365),
    venue('FX', 'OPEN', 'America/New_York', 60, 40),
    venue('COMEX', 'AFTER_HOURS', 'America/New_York', 10, 18, { earlyClose: true }),
    venue('NYMEX', 'CLOSED', 'America/New_York', 10, 18),
  ];
}

const marketRoutes = {
  'GET /market/status': (req, res) => send(res, 200, marketStatus()),
  'GET /market/instruments': (req, res, _body, _auth, url) => {
    const q = (url.searchParams.get('q') ?? '').trim().toUpperCase();
    const assetClass = url.searchParams.get('assetClass');
    const page = Math.max(0, Number(url.searchParams.get('page') ?? 0));
    const size = Math.min(200, Math.max(1, Number(url.searchParams.get('size') ?? 50)));
    const rank = (v) => {
      if (!q) return 0;
      const symbol = v.symbol.toUpperCase();
      if (symbol === q) return 1;
      if (symbol.startsWith(q)) return 2;
      if (v.name.toUpperCase().split(/\W+/).some((w) => w.startsWith(q))) return 3;
      if (withinOneEdit(symbol, q)) return 4;
      return 0;
    };
    const matches = INSTRUMENTS.map((i) => i.view)
      .filter((v) => !assetClass || v.assetClass === assetClass)
      .map((v) => [v, rank(v)])
      .filter(([, r]) => !q || r > 0)
      .sort(([a, ra], [b, rb]) => ra - rb || a.symbol.localeCompare(b.symbol))
      .map(([v]) => v);
    send(res, 200, { items: matches.slice(page * size, page * size + size), page, size, totalItems: matches.length, totalPages: Math.ceil(matches.length / size) });
  },
  'GET /market/quotes': (req, res, _body, _auth, url) => {
    const symbols = (url.searchParams.get('symbols') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    if (symbols.length === 0 || symbols.length > 50) return problem(res, 400, 'VALIDATION_FAILED', 'The request is invalid.', [{ field: 'symbols', message: 'must name 1 to 50 symbols' }]);
    const unknown = symbols.filter((s) => !bySymbol.has(s));
    if (unknown.length) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `Unknown symbols: ${unknown.join(', ')}.`);
    send(res, 200, symbols.map((s) => bySymbol.get(s)).filter((i) => i.price !== null).map((i) => quoteOf(i)));
  },
  'GET /market/instruments/{symbol}': (req, res, _body, _auth, _url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    send(res, 200, instrument.view);
  },
  'GET /market/quote/{symbol}': (req, res, _body, _auth, _url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    if (instrument.price === null) return problem(res, 404, 'QUOTE_NOT_AVAILABLE', `${symbol} has not traded yet.`);
    send(res, 200, quoteOf(instrument));
  },
  'GET /market/history/{symbol}': (req, res, _body, _auth, url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    const interval = url.searchParams.get('interval') ?? '1m';
    const step = INTERVAL_MS[interval];
    if (!step) return problem(res, 400, 'INVALID_INTERVAL', 'Unknown interval.', [{ field: 'interval', message: 'must be one of 1m 5m 15m 30m 1h 4h 1d 1w 1M' }]);
    const limit = Math.min(5000, Math.max(1, Number(url.searchParams.get('limit') ?? 500)));
    const to = url.searchParams.get('to') ? Date.parse(url.searchParams.get('to')) : Date.now();
    // Bars from completed minutes only, like the server's stored ones; a fixed depth so that scrolling back ends.
    const nowMinute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const oldest = Math.floor((Date.now() - HISTORY_DEPTH * step) / step) * step;
    const bars = [];
    if (instrument.price !== null)
      for (let t = Math.floor((Math.min(to, nowMinute) - 1) / step) * step; t >= oldest && bars.length < limit; t -= step) bars.unshift(barOf(instrument, t, step, Math.min(t + step, nowMinute)));
    const first = bars[0];
    send(res, 200, { symbol: instrument.view.symbol, interval, currency: instrument.view.currency, timezone: instrument.view.assetClass === 'CRYPTO' ? 'Z' : 'America/New_York', bars, nextTo: first && Date.parse(first.t) > oldest ? first.t : null });
  },
  'GET /watchlist': (req, res, _body, auth) => send(res, 200, watchlistOf(auth.user.id)),
  'PUT /watchlist/{symbol}': (req, res, _body, auth, _url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    const list = watchlists.get(auth.user.id) ?? [];
    if (!list.includes(instrument.view.symbol)) {
      if (list.length >= 50) return problem(res, 422, 'WATCHLIST_FULL', 'A watchlist holds at most 50 symbols; remove one first.');
      list.push(instrument.view.symbol);
    }
    watchlists.set(auth.user.id, list);
    send(res, 200, watchlistOf(auth.user.id));
  },
  'DELETE /watchlist/{symbol}': (req, res, _body, auth, _url, symbol) => {
    const stored = bySymbol.get(symbol)?.view.symbol ?? symbol;
    watchlists.set(auth.user.id, (watchlists.get(auth.user.id) ?? []).filter((s) => s !== stored));
    send(res, 200, watchlistOf(auth.user.id));
  },
  'POST /stream-tickets': (req, res, _body, auth) => {
    const ticket = token();
    const expiresAt = Date.now() + 60_000;
    streamTickets.set(ticket, { userId: auth.user.id, expiresAt });
    send(res, 201, { ticket, expiresAt: new Date(expiresAt).toISOString() });
  },
  'GET /market/stream': (req, res, _body, _auth, url) => {
    const ticket = streamTickets.get(url.searchParams.get('ticket') ?? '');
    if (!ticket || ticket.expiresAt < Date.now()) return problem(res, 401, 'UNAUTHENTICATED', 'A valid stream ticket is required.');
    const symbols = (url.searchParams.get('symbols') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    const unknown = symbols.filter((s) => !bySymbol.has(s));
    if (symbols.length === 0 || symbols.length > 50 || unknown.length) return problem(res, 400, 'UNKNOWN_SYMBOL', 'Unknown or too many symbols.', [{ field: 'symbols', message: unknown.join(', ') || 'name 1 to 50 symbols' }]);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    const event = (type, data) => res.write(`id: ${++eventId}\nevent: ${type}\ndata: ${JSON.stringify({ ...data, serverTime: now() })}\n\n`);
    const instruments = symbols.map((s) => bySymbol.get(s)).filter((i) => i.price !== null);
    for (const venue of marketStatus()) if (instruments.some((i) => i.view.exchange === venue.exchange)) event('status', venue);
    let minute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const tick = () => {
      const current = Math.floor(Date.now() / MINUTE) * MINUTE;
      for (const i of instruments) {
        if (current !== minute) event('bar', { symbol: i.view.symbol, interval: '1m', ...barOf(i, minute, MINUTE), complete: true });
        event('quote', quoteOf(i));
        event('bar', { symbol: i.view.symbol, interval: '1m', ...barOf(i, current, MINUTE, Date.now()), complete: false });
      }
      minute = current;
    };
    tick();
    const timer = setInterval(tick, 500);
    req.on('close', () => clearInterval(timer));
  },
};

// A deterministic price path per instrument: the same instant always has the same price, so pages and intervals
// agree with each other and with the stream.
const MINUTE = 60_000;
const INTERVAL_MS = { '1m': MINUTE, '5m': 5 * MINUTE, '15m': 15 * MINUTE, '30m': 30 * MINUTE, '1h': 60 * MINUTE, '4h': 240 * MINUTE, '1d': 1440 * MINUTE, '1w': 7 * 1440 * MINUTE, '1M': 30 * 1440 * MINUTE };
const HISTORY_DEPTH = 1500;
const bySymbol = new Map(INSTRUMENTS.map((i) => [i.view.symbol.replace('/', '-'), i]));
const watchlists = new Map(); // userId -> symbols
const streamTickets = new Map(); // ticket -> { userId, expiresAt }
let eventId = 0;

function seedOf(symbol) {
  let h = 2166136261;
  for (const ch of symbol) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) / 2 ** 32;
}

function noise(x) {
  const s = Math.sin(x * 12.9898) * 43758.5453;
  return s - Math.floor(s);
}

function priceAt(instrument, t) {
  const seed = seedOf(instrument.view.symbol);
  const minutes = t / MINUTE;
  const drift = 0.06 * Math.sin(minutes / 9000 + seed * 6) + 0.025 * Math.sin(minutes / 700 + seed * 17) + 0.008 * Math.sin(minutes / 45 + seed * 3) + 0.0025 * Math.sin(minutes * 1.7 + seed);
  const wiggle = (noise(Math.floor(t / 5000) + seed * 1000) - 0.5) * 0.0012;
  return instrument.price * (1 + drift - 0.06 * Math.sin(Date.now() / MINUTE / 9000 + seed * 6) + wiggle);
}

function round(instrument, value) {
  const tick = instrument.view.tickSize;
  return Math.round(value / tick) * tick;
}

/** The bar of window [t, t + step), or of [t, until) for the forming one. */
function barOf(instrument, t, step, until = t + step) {
  const points = 12;
  const end = Math.min(until, t + step);
  const prices = Array.from({ length: points + 1 }, (_, k) => priceAt(instrument, t + ((end - t) * k) / points));
  const v = Math.round((end - t) / MINUTE * (800 + noise(t / MINUTE + seedOf(instrument.view.symbol)) * 2400) * (instrument.view.assetClass === 'FX' ? 1000 : 1));
  return { t: new Date(t).toISOString(), o: round(instrument, prices[0]), h: round(instrument, Math.max(...prices)), l: round(instrument, Math.min(...prices)), c: round(instrument, prices[points]), v: Math.max(1, v) };
}

function quoteOf(instrument) {
  const { view, changePercent } = instrument;
  const price = round(instrument, priceAt(instrument, Date.now()));
  const prevClose = round(instrument, instrument.price / (1 + changePercent / 100));
  const spread = view.tickSize;
  return { symbol: view.symbol, currency: view.currency, price, change: price - prevClose, changePercent: ((price - prevClose) / prevClose) * 100, prevClose, open: prevClose, dayHigh: Math.max(price, instrument.price * 1.01), dayLow: Math.min(price, instrument.price * 0.99), bid: price - spread, ask: price + spread, volume: 1_000_000 + Math.floor((Date.now() / 1000) % 86400) * 17, session: 'OPEN', timestamp: now() };
}

function watchlistOf(userId) {
  const items = (watchlists.get(userId) ?? []).map((symbol) => bySymbol.get(symbol.replace('/', '-'))).map((i) => ({ symbol: i.view.symbol, name: i.view.name, exchange: i.view.exchange, assetClass: i.view.assetClass, currency: i.view.currency, quote: i.price === null ? null : quoteOf(i) }));
  return { items, maxItems: 50 };
}
Object.assign(routes, marketRoutes);

// Analytics: key levels, their stream and indicator series, computed from the same deterministic bars.
const DAY_MS = 1440 * MINUTE;

function keyLevelsOf(instrument, pivotType = 'traditional') {
  const price = round(instrument, priceAt(instrument, Date.now()));
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const days = Array.from({ length: 15 }, (_, k) => barOf(instrument, today - (15 - k) * DAY_MS, DAY_MS));
  const prev = days[days.length - 1];
  const atr = days.slice(1).reduce((sum, d, k) => sum + Math.max(d.h - d.l, Math.abs(d.h - days[k].c), Math.abs(d.l - days[k].c)), 0) / 14;
  const r = (v) => round(instrument, v);
  const week = barOf(instrument, today - 7 * DAY_MS, 7 * DAY_MS);
  const candidates = [
    ['PDH', 'DAY', prev.h], ['PDL', 'DAY', prev.l], ['PDC', 'DAY', prev.c],
    ['PMH', 'PREMARKET', price + atr * 0.18], ['PML', 'PREMARKET', price - atr * 0.23],
    ['ORH15', 'OPENING_RANGE', price + atr * 0.09], ['ORL15', 'OPENING_RANGE', price - atr * 0.12],
    ['PWH', 'WEEK', week.h], ['PWL', 'WEEK', week.l],
    ['ATRH', 'ATR', prev.c + atr], ['ATRL', 'ATR', prev.c - atr],
  ];
  const pp = (prev.h + prev.l + prev.c) / 3;
  const range = prev.h - prev.l;
  const pivots = { PP: pp, R1: 2 * pp - prev.l, S1: 2 * pp - prev.h, R2: pp + range, S2: pp - range };
  for (const [name, value] of Object.entries(pivots)) candidates.push([`D.${name}`, 'PIVOT_DAILY', value]);
  const levels = candidates.map(([name, family, value]) => ({ name, family, price: r(value) }));
  levels.push({ name: 'SR', family: 'SWING', price: r(price + atr * 0.55), touches: 3, zoneLow: r(price + atr * 0.5), zoneHigh: r(price + atr * 0.6) });
  levels.push({ name: 'SR', family: 'SWING', price: r(price - atr * 0.62), touches: 4, zoneLow: r(price - atr * 0.67), zoneHigh: r(price - atr * 0.57) });
  const measured = levels
    .sort((a, b) => a.price - b.price)
    .map((l) => ({ ...l, kind: l.family.startsWith('PIVOT') ? 'PIVOT' : l.price > price ? 'RESISTANCE' : 'SUPPORT', distance: r(l.price - price), distanceAtr: Math.round(((l.price - price) / atr) * 100) / 100 }));
  const vwap = r(price - atr * 0.04);
  const deviation = atr * 0.1;
  return {
    symbol: instrument.view.symbol,
    asOf: now(),
    tradingDate: new Date(today).toISOString().slice(0, 10),
    timezone: instrument.view.assetClass === 'CRYPTO' ? 'Z' : 'America/New_York',
    price,
    atr: Math.round(atr * 10000) / 10000,
    vwap: { value: vwap, deviation: r(deviation), bands: [1, 2, 3].map((sigma) => ({ sigma, upper: r(vwap + sigma * deviation), lower: r(vwap - sigma * deviation) })) },
    levels: measured,
    pivots: { daily: { type: pivotType.toUpperCase(), basis: { high: prev.h, low: prev.l, close: prev.c }, levels: Object.fromEntries(Object.entries(pivots).map(([k, v]) => [k, r(v)])) } },
  };
}

function sma(values, n) {
  return values.map((_, i) => (i + 1 < n ? null : values.slice(i + 1 - n, i + 1).reduce((a, b) => a + b, 0) / n));
}

function ema(values, n) {
  const k = 2 / (n + 1);
  const out = [];
  let prev = null;
  values.forEach((v, i) => {
    if (v === null) return out.push(null);
    if (prev === null) prev = i + 1 >= n ? values.slice(i + 1 - n, i + 1).reduce((a, b) => a + b, 0) / n : null;
    else prev = v * k + prev * (1 - k);
    out.push(prev);
  });
  return out;
}

function indicatorSeries(bars, spec) {
  const [, name, args = ''] = /^([a-z]+)(?:\(([^)]*)\))?$/.exec(spec) ?? [];
  const p = args.split(',').filter(Boolean).map(Number);
  const close = bars.map((b) => b.c);
  switch (name) {
    case 'sma':
      return { sma: sma(close, p[0] ?? 20) };
    case 'ema':
      return { ema: ema(close, p[0] ?? 20) };
    case 'bb': {
      const n = p[0] ?? 20;
      const middle = sma(close, n);
      const sd = close.map((_, i) => (middle[i] === null ? null : Math.sqrt(close.slice(i + 1 - n, i + 1).reduce((a, c) => a + (c - middle[i]) ** 2, 0) / n)));
      return { middle, upper: middle.map((m, i) => (m === null ? null : m + (p[1] ?? 2) * sd[i])), lower: middle.map((m, i) => (m === null ? null : m - (p[1] ?? 2) * sd[i])) };
    }
    case 'rsi': {
      const n = p[0] ?? 14;
      let gain = 0;
      let loss = 0;
      return {
        rsi: close.map((c, i) => {
          if (i === 0) return null;
          const d = c - close[i - 1];
          if (i <= n) {
            gain += Math.max(d, 0) / n;
            loss += Math.max(-d, 0) / n;
            if (i < n) return null;
          } else {
            gain = (gain * (n - 1) + Math.max(d, 0)) / n;
            loss = (loss * (n - 1) + Math.max(-d, 0)) / n;
          }
          return loss === 0 ? 100 : 100 - 100 / (1 + gain / loss);
        }),
      };
    }
    case 'macd': {
      const [fast = 12, slow = 26, signalN = 9] = p;
      const f = ema(close, fast);
      const sl = ema(close, slow);
      const macd = close.map((_, i) => (f[i] === null || sl[i] === null ? null : f[i] - sl[i]));
      const signal = ema(macd, signalN);
      return { macd, signal, histogram: macd.map((m, i) => (m === null || signal[i] === null ? null : m - signal[i])) };
    }
    case 'stoch': {
      const [n = 14, smooth = 3, dN = 3] = p;
      const raw = close.map((c, i) => {
        if (i + 1 < n) return null;
        const window = bars.slice(i + 1 - n, i + 1);
        const hi = Math.max(...window.map((b) => b.h));
        const lo = Math.min(...window.map((b) => b.l));
        return hi === lo ? 50 : ((c - lo) / (hi - lo)) * 100;
      });
      const smoothOf = (values, m) => values.map((_, i) => (i + 1 < m || values.slice(i + 1 - m, i + 1).some((v) => v === null) ? null : values.slice(i + 1 - m, i + 1).reduce((a, b) => a + b, 0) / m));
      const k = smoothOf(raw, smooth);
      return { k, d: smoothOf(k, dN) };
    }
    default:
      return null;
  }
}

const analyticsRoutes = {
  'GET /levels/{symbol}': (req, res, _body, _auth, url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    if (instrument.price === null) return problem(res, 422, 'NO_MARKET_DATA', `${symbol} has no market data yet.`);
    send(res, 200, keyLevelsOf(instrument, url.searchParams.get('pivots') ?? 'traditional'));
  },
  'GET /levels/{symbol}/stream': (req, res, _body, _auth, url, symbol) => {
    const ticket = streamTickets.get(url.searchParams.get('ticket') ?? '');
    if (!ticket || ticket.expiresAt < Date.now()) return problem(res, 401, 'UNAUTHENTICATED', 'A valid stream ticket is required.');
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    if (instrument.price === null) return problem(res, 422, 'NO_MARKET_DATA', `${symbol} has no market data yet.`);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    const push = () => res.write(`id: ${++eventId}\nevent: levels\ndata: ${JSON.stringify({ ...keyLevelsOf(instrument, url.searchParams.get('pivots') ?? 'traditional'), serverTime: now() })}\n\n`);
    push();
    const timer = setInterval(push, 60_000);
    req.on('close', () => clearInterval(timer));
  },
  'GET /indicators/{symbol}': (req, res, _body, _auth, url, symbol) => {
    const instrument = bySymbol.get(symbol);
    if (!instrument) return problem(res, 404, 'INSTRUMENT_NOT_FOUND', `No instrument ${symbol}.`);
    const interval = url.searchParams.get('interval') ?? '1d';
    const step = INTERVAL_MS[interval];
    if (!step) return problem(res, 400, 'INVALID_INTERVAL', 'Unknown interval.', [{ field: 'interval', message: 'must be one of 1m 5m 15m 30m 1h 4h 1d 1w 1M' }]);
    const specs = (url.searchParams.get('indicators') ?? '').split(/,(?![^(]*\))/).map((x) => x.trim().toLowerCase()).filter(Boolean);
    const nowMinute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const warm = 100;
    const bars = [];
    for (let t = Math.floor((nowMinute - 1) / step) * step, k = 0; k < 500 + warm; t -= step, k++) bars.unshift(barOf(instrument, t, step, Math.min(t + step, nowMinute)));
    const indicators = {};
    for (const [i, spec] of specs.entries()) {
      const lines = indicatorSeries(bars, spec);
      if (!lines) return problem(res, 400, 'INVALID_INDICATOR', `Unknown indicator '${spec}'.`, [{ field: `indicators[${i}]`, message: 'unknown indicator' }]);
      indicators[spec] = Object.fromEntries(Object.entries(lines).map(([line, values]) => [line, values.slice(warm)]));
    }
    send(res, 200, { symbol: instrument.view.symbol, interval, timezone: 'America/New_York', convention: 'STOCKCHARTS', t: bars.slice(warm).map((b) => b.t), indicators });
  },
  'GET /market/health': (req, res) =>
    send(res, 200, {
      serverTime: now(),
      feeds: [
        { provider: 'simulated', state: 'CONNECTED', mode: 'STREAM', symbols: INSTRUMENTS.length, lastMessageAt: new Date(Date.now() - 400).toISOString(), reconnects: 0, lagMillis: 12 },
        { provider: 'massive', state: 'RECONNECTING', mode: 'POLLING', symbols: 42, lastMessageAt: minutesAgo(3), reconnects: 7, lagMillis: 1840, detail: 'WebSocket closed (1006); polling REST every 15 s' },
        { provider: 'twelvedata', state: 'DISCONNECTED', mode: 'STREAM', symbols: 0, lastMessageAt: null, reconnects: 0, lagMillis: -1, detail: 'No API key configured' },
      ],
      circuitBreakers: [
        { provider: 'massive', state: 'HALF_OPEN', bufferedCalls: 20, failedCalls: 9, failureRate: 45, notPermittedCalls: 118 },
        { provider: 'twelvedata', state: 'CLOSED', bufferedCalls: 3, failedCalls: 0, failureRate: -1, notPermittedCalls: 0 },
      ],
      caches: [
        { tier: 'memory', entries: 1284, hitRate: 0.932, up: true },
        { tier: 'redis', entries: -1, hitRate: 0.871, up: true },
      ],
    }),
};
Object.assign(routes, analyticsRoutes);

const PUBLIC = new Set(['GET /market/stream', 'GET /levels/{symbol}/stream', 'GET /system/info', 'GET /dev/mailbox', 'POST /auth/register', 'POST /auth/login', 'POST /auth/refresh', 'POST /auth/logout', 'POST /auth/verify-email', 'POST /auth/forgot-password', 'POST /auth/reset-password']);

async function handleApi(req, res, url) {
  const path = url.pathname.slice('/api/v1'.length);
  let key = `${req.method} ${path}`;
  const sessionMatch = path.match(/^\/auth\/sessions\/([^/]+)$/);
  if (req.method === 'DELETE' && sessionMatch) key = 'DELETE /auth/sessions/{id}';
  const body = await readJson(req);
  if (body === null) return problem(res, 400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
  const auth = authenticate(req);
  if (key === 'DELETE /auth/sessions/{id}') {
    if (!auth) return problem(res, 401, 'UNAUTHENTICATED', 'Authentication is required.');
    const session = sessions.get(sessionMatch[1]);
    if (!session || session.userId !== auth.user.id) return problem(res, 404, 'NOT_FOUND', 'No such session.');
    sessions.delete(session.id);
    for (const [t, a] of accessTokens) if (a.sessionId === session.id) accessTokens.delete(t);
    return send(res, 204);
  }
  let param;
  const pattern = !routes[key] && path.match(/^(\/market\/(?:history|instruments|quote)|\/watchlist|\/levels|\/indicators)\/([^/]+)(\/stream)?$/);
  if (pattern) {
    key = `${req.method} ${pattern[1]}/{symbol}${pattern[3] ?? ''}`;
    param = decodeURIComponent(pattern[2]).toUpperCase();
  }
  const route = routes[key];
  if (!route) return problem(res, 404, 'NOT_FOUND', `No endpoint ${req.method} ${url.pathname}.`);
  if (!PUBLIC.has(key) && !auth) return problem(res, 401, 'UNAUTHENTICATED', 'Authentication is required.');
  return route(req, res, body, auth, url, param);
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.json': 'application/json' };

function serveStatic(req, res, url) {
  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIST, relative);
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    return res.end('dist/ is missing: run `npm run build` first.');
  }
  res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/')) {
    handleApi(req, res, url).catch((error) => {
      console.error(error);
      problem(res, 500, 'INTERNAL', 'Unexpected error.');
    });
  } else {
    serveStatic(req, res, url);
  }
}).listen(PORT, () => console.log(`TradeSense mock server on http://localhost:${PORT} (admin@tradesense.local / Admin!Passw0rd1)`));
