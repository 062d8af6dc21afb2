import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { AuditLogPage } from '../features/admin/AuditLogPage';
import { MarketHealthPage } from '../features/admin/MarketHealthPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { MarketsPage } from '../features/markets/MarketsPage';
import { WatchlistPage } from '../features/markets/WatchlistPage';
import { ADMIN_ROLES } from '../features/identity/api';
import { AccountPage } from '../features/identity/AccountPage';
import { AuthLayout } from '../features/identity/AuthLayout';
import { ForgotPasswordPage } from '../features/identity/ForgotPasswordPage';
import { RegisterPage } from '../features/identity/RegisterPage';
import { ResetPasswordPage } from '../features/identity/ResetPasswordPage';
import { SignInPage } from '../features/identity/SignInPage';
import { VerifyEmailPage } from '../features/identity/VerifyEmailPage';
import { ComingSoonPage, type SoonKey } from '../features/platform/ComingSoonPage';
import { DevMailboxPage } from '../features/platform/DevMailboxPage';
import { RedirectIfAuthenticated, RequireAuth, RequireRole } from '../features/platform/guards';
import { MemberLayout } from '../features/platform/MemberLayout';
import { NotFoundPage } from '../features/platform/NotFoundPage';

const SOON: SoonKey[] = ['journal', 'challenges', 'coach', 'learn'];

export const router = createBrowserRouter([
  { index: true, element: <Navigate to="/dashboard" replace /> },
  {
    element: <AuthLayout />,
    children: [
      {
        element: (
          <RedirectIfAuthenticated>
            <Outlet />
          </RedirectIfAuthenticated>
        ),
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
    ],
  },
  { path: 'dev/mailbox', element: <DevMailboxPage /> },
  {
    element: (
      <RequireAuth>
        <MemberLayout />
      </RequireAuth>
    ),
    children: [
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'markets', element: <MarketsPage /> },
      // Loaded on demand: the charting library is the largest dependency and only this page needs it.
      { path: 'markets/:symbol', lazy: async () => ({ Component: (await import('../features/markets/InstrumentPage')).InstrumentPage }) },
      { path: 'watchlist', element: <WatchlistPage /> },
      // The terminal draws the chart too: loaded on demand like the instrument page.
      { path: 'trade', lazy: async () => ({ Component: (await import('../features/trading/TradePage')).TradePage }) },
      { path: 'account', element: <AccountPage /> },
      ...SOON.map((module) => ({ path: module, element: <ComingSoonPage key={module} module={module} /> })),
      {
        path: 'admin/audit-log',
        element: (
          <RequireRole roles={ADMIN_ROLES}>
            <AuditLogPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/market-health',
        element: (
          <RequireRole roles={ADMIN_ROLES}>
            <MarketHealthPage />
          </RequireRole>
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
