import { useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, XCircle } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { queryKeys } from '../../api/queryClient';
import { useSession } from '../../api/session';
import { ButtonLink } from '../../components/ui/Button';
import { Skeleton } from '../../components/ui/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useVerifyEmail } from './api';
import { AuthCard } from './AuthLayout';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const verify = useVerifyEmail(token);
  const { status } = useSession();
  const client = useQueryClient();

  useEffect(() => {
    if (verify.isSuccess && status === 'authenticated') void client.invalidateQueries({ queryKey: queryKeys.me });
  }, [verify.isSuccess, status, client]);

  const next = status === 'authenticated' ? { to: '/dashboard', label: t('verify.toDashboard') } : { to: '/sign-in', label: t('verify.toSignIn') };

  if (token && verify.isPending) {
    return (
      <AuthCard title={t('verify.title')} subtitle={t('verify.checking')}>
        <div role="status" aria-label={t('common.loading')} className="space-y-3">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-11 w-full" />
        </div>
      </AuthCard>
    );
  }

  const ok = verify.isSuccess;
  const Icon = ok ? CheckCircle2 : XCircle;
  return (
    <AuthCard title={ok ? t('verify.successTitle') : t('verify.failureTitle')}>
      <div className="flex flex-col items-center gap-5 text-center">
        <div className={ok ? 'grid size-14 place-items-center rounded-2xl border border-accent/30 bg-accent/10 text-accent' : 'grid size-14 place-items-center rounded-2xl border border-loss/30 bg-loss/10 text-loss'}>
          <Icon className="size-6" aria-hidden="true" />
        </div>
        <p role={ok ? 'status' : 'alert'} className="text-sm text-muted">
          {ok ? t('verify.successBody') : token ? errorMessage(t, verify.error) : t('verify.missingToken')}
        </p>
        <ButtonLink to={next.to} size="lg" className="w-full">
          {next.label}
        </ButtonLink>
      </div>
    </AuthCard>
  );
}
