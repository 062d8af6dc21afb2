import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { Role } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/ui/States';
import { useMe } from '../identity/api';
import { safeNext } from '../identity/safeNext';
import { AppSkeleton } from './AppSkeleton';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, ended } = useSession();
  const location = useLocation();
  if (status === 'loading') return <AppSkeleton />;
  if (status === 'anonymous') {
    const next = ended === 'signed-out' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  return children;
}

/** Sign-in and registration pages send an already signed-in user on. */
export function RedirectIfAuthenticated({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [params] = useSearchParams();
  if (status === 'authenticated') return <Navigate to={safeNext(params.get('next'))} replace />;
  // While a stored session is being restored, show nothing rather than a form that is about to go away.
  if (status === 'loading') return null;
  return children;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.some((role) => roles.includes(role))) {
    return <ErrorState message={t('errors.forbidden')} />;
  }
  return children;
}
