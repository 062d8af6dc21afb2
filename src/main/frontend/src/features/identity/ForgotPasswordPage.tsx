import { MailCheck } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../components/ui/Button';
import { Input } from '../../components/ui/Input';
import { useReportError } from '../../lib/errors';
import { useSystemInfo } from '../platform/api';
import { useForgotPassword } from './api';
import { AuthCard } from './AuthLayout';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const report = useReportError();
  const systemInfo = useSystemInfo();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setError(t('validation.email'));
      return;
    }
    setError(undefined);
    forgot.mutate({ email: email.trim() }, { onError: (e) => setError(report(e, ['email']).email) });
  };

  const back = (
    <Link to="/sign-in" className="font-medium text-champagne hover:text-champagne-soft">
      {t('forgot.back')}
    </Link>
  );

  if (forgot.isSuccess) {
    return (
      <AuthCard title={t('forgot.sentTitle')} subtitle={t('forgot.sentBody', { email: email.trim() })} footer={back}>
        <div className="flex flex-col items-center gap-5">
          <div className="grid size-14 place-items-center rounded-2xl border border-accent/30 bg-accent/10 text-accent">
            <MailCheck className="size-6" aria-hidden="true" />
          </div>
          {systemInfo.data?.devMailbox && (
            <ButtonLink to="/dev/mailbox" variant="champagne" size="lg" className="w-full">
              {t('register.openMailbox')}
            </ButtonLink>
          )}
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('forgot.title')} subtitle={t('forgot.subtitle')} footer={back}>
      <form onSubmit={submit} noValidate className="space-y-5">
        <Input label={t('fields.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={error} autoFocus />
        <Button type="submit" size="lg" className="w-full" loading={forgot.isPending}>
          {t('forgot.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
