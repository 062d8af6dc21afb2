import { CheckCircle2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../components/ui/Button';
import { PasswordInput } from '../../components/ui/PasswordInput';
import { ErrorState } from '../../components/ui/States';
import { useReportError } from '../../lib/errors';
import { useResetPassword } from './api';
import { AuthCard } from './AuthLayout';
import { assessPassword } from './passwordPolicy';
import { PasswordStrength } from './PasswordStrength';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const reset = useResetPassword();
  const report = useReportError();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ newPassword?: string; confirm?: string }>({});

  if (!token) {
    return (
      <AuthCard title={t('reset.title')}>
        <ErrorState message={t('reset.missingToken')} className="py-4" />
        <ButtonLink to="/forgot-password" variant="secondary" className="w-full">
          {t('reset.requestNew')}
        </ButtonLink>
      </AuthCard>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthCard title={t('reset.doneTitle')} subtitle={t('reset.doneBody')}>
        <div className="flex flex-col items-center gap-5">
          <div className="grid size-14 place-items-center rounded-2xl border border-accent/30 bg-accent/10 text-accent">
            <CheckCircle2 className="size-6" aria-hidden="true" />
          </div>
          <ButtonLink to="/sign-in" size="lg" className="w-full">
            {t('verify.toSignIn')}
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      newPassword: assessPassword(password).valid ? undefined : t('validation.passwordPolicy'),
      confirm: confirm === password ? undefined : t('validation.mismatch'),
    };
    setErrors(next);
    if (next.newPassword || next.confirm) return;
    reset.mutate({ token, newPassword: password }, { onError: (e) => setErrors(report(e, ['newPassword'])) });
  };

  return (
    <AuthCard title={t('reset.title')} subtitle={t('reset.subtitle')}>
      <form onSubmit={submit} noValidate className="space-y-5">
        <div className="space-y-3">
          <PasswordInput label={t('fields.newPassword')} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.newPassword} autoFocus aria-describedby="reset-password-strength" />
          <PasswordStrength id="reset-password-strength" password={password} />
        </div>
        <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} />
        <Button type="submit" size="lg" className="w-full" loading={reset.isPending}>
          {t('reset.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
