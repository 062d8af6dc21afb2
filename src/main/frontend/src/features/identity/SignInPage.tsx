import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/Button';
import { Input } from '../../components/ui/Input';
import { PasswordInput } from '../../components/ui/PasswordInput';
import { useSession } from '../../api/session';
import { errorMessage } from '../../lib/errors';
import { isLocale } from '../../i18n';
import { useSignIn } from './api';
import { AuthCard } from './AuthLayout';
import { safeNext } from './safeNext';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const { ended } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      email: email.trim() ? undefined : t('validation.required'),
      password: password ? undefined : t('validation.required'),
    };
    setErrors(missing);
    if (missing.email || missing.password) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ user }) => {
          if (isLocale(user.locale) && user.locale !== i18n.language) void i18n.changeLanguage(user.locale);
          navigate(safeNext(params.get('next')), { replace: true });
        },
      },
    );
  };

  return (
    <AuthCard
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Link to="/register" className="font-medium text-champagne hover:text-champagne-soft">
            {t('signIn.createAccount')}
          </Link>
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        {ended === 'expired' && !signIn.error && (
          <div role="status" className="rounded-xl border border-champagne/25 bg-champagne/[0.07] px-4 py-3 text-sm text-champagne-soft">
            {t('signIn.expired')}
          </div>
        )}
        {signIn.error && (
          <div role="alert" className="rounded-xl border border-loss/30 bg-loss/10 px-4 py-3 text-sm text-[#fecaca]">
            {errorMessage(t, signIn.error)}
          </div>
        )}
        <Input label={t('fields.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} autoFocus />
        <div className="space-y-2">
          <PasswordInput label={t('fields.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} />
          <div className="text-end">
            <Link to="/forgot-password" className="text-sm text-muted hover:text-fg">
              {t('signIn.forgot')}
            </Link>
          </div>
        </div>
        <Button type="submit" size="lg" className="w-full" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
