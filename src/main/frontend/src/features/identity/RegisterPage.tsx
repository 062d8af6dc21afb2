import { MailCheck } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../components/ui/Button';
import { Input } from '../../components/ui/Input';
import { PasswordInput } from '../../components/ui/PasswordInput';
import { useReportError } from '../../lib/errors';
import { useSystemInfo } from '../platform/api';
import { useRegister } from './api';
import { AuthCard } from './AuthLayout';
import { assessPassword } from './passwordPolicy';
import { PasswordStrength } from './PasswordStrength';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function RegisterPage() {
  const { t } = useTranslation();
  const register = useRegister();
  const report = useReportError();
  const systemInfo = useSystemInfo();
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const set = (field: Field) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) next.displayName = t('validation.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) next.email = t('validation.email');
    if (!assessPassword(values.password).valid) next.password = t('validation.passwordPolicy');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    register.mutate(
      { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
      { onError: (error) => setErrors(report(error, FIELDS)) },
    );
  };

  if (register.isSuccess) {
    return (
      <AuthCard title={t('register.doneTitle')} subtitle={t('register.doneBody', { email: register.data.email })}>
        <div className="flex flex-col items-center gap-5 text-center">
          <div className="grid size-14 place-items-center rounded-2xl border border-accent/30 bg-accent/10 text-accent">
            <MailCheck className="size-6" aria-hidden="true" />
          </div>
          <div className="flex w-full flex-col gap-2">
            {systemInfo.data?.devMailbox && (
              <ButtonLink to="/dev/mailbox" variant="champagne" size="lg" className="w-full">
                {t('register.openMailbox')}
              </ButtonLink>
            )}
            <ButtonLink to="/sign-in" variant="secondary" size="lg" className="w-full">
              {t('register.goSignIn')}
            </ButtonLink>
          </div>
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      footer={
        <>
          {t('register.haveAccount')}{' '}
          <Link to="/sign-in" className="font-medium text-champagne hover:text-champagne-soft">
            {t('register.signIn')}
          </Link>
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        <Input label={t('fields.displayName')} autoComplete="nickname" value={values.displayName} onChange={set('displayName')} error={errors.displayName} autoFocus />
        <Input label={t('fields.email')} type="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
        <div className="space-y-3">
          <PasswordInput
            label={t('fields.password')}
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={errors.password}
            aria-describedby="register-password-strength"
          />
          <PasswordStrength id="register-password-strength" password={values.password} />
        </div>
        <Button type="submit" size="lg" className="w-full" loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
