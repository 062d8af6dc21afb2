import { KeyRound, LogOut, Monitor, Smartphone, UserRound, Download, ShieldCheck } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas, UserView } from '../../api/client';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { ConfirmDialog } from '../../components/ui/Dialog';
import { Input } from '../../components/ui/Input';
import { PageHeader } from '../../components/ui/PageHeader';
import { PasswordInput } from '../../components/ui/PasswordInput';
import { Select } from '../../components/ui/Select';
import { Skeleton, SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { SortHeader, Table, tdClass, thClass, useSort } from '../../components/ui/Table';
import { toast } from '../../components/ui/toast';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage, useReportError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { summariseUserAgent } from '../../lib/userAgent';
import { isLocale, LOCALES } from '../../i18n';
import { useChangePassword, useMe, useRevokeSessions, useSessions, useUpdateProfile } from './api';
import { assessPassword } from './passwordPolicy';
import { PasswordStrength } from './PasswordStrength';

type Session = Schemas['SessionView'];

function ProfileCard({ user }: { user: UserView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const update = useUpdateProfile();
  const report = useReportError();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [locale, setLocale] = useState(isLocale(user.locale) ? user.locale : 'en');
  const [errors, setErrors] = useState<{ displayName?: string; locale?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) {
      setErrors({ displayName: t('validation.required') });
      return;
    }
    setErrors({});
    update.mutate(
      { displayName: displayName.trim(), locale },
      {
        onSuccess: (saved) => {
          toast.success(t('account.profile.saved'));
          if (isLocale(saved.locale) && saved.locale !== i18n.language) void i18n.changeLanguage(saved.locale);
        },
        onError: (error) => setErrors(report(error, ['displayName', 'locale'])),
      },
    );
  };

  return (
    <GlassCard>
      <CardHeader icon={<UserRound className="size-5" aria-hidden="true" />} title={t('account.profile.title')} description={t('account.profile.subtitle')} />
      <form onSubmit={submit} noValidate className="space-y-5 p-5 sm:p-6">
        <div className="rounded-xl border border-line bg-white/[0.02] p-4">
          <p className="text-xs text-subtle">{t('fields.email')}</p>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <span className="text-fg" dir="ltr">{user.email}</span>
            {user.emailVerified ? <Badge tone="emerald">{t('account.profile.verified')}</Badge> : <Badge tone="amber">{t('account.profile.unverified')}</Badge>}
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            {user.roles.map((role) => (
              <Badge key={role} tone={role === 'USER' ? 'neutral' : 'champagne'}>
                {t(`roles.${role}`)}
              </Badge>
            ))}
            <span className="text-xs text-subtle">{t('account.profile.memberSince', { date: format.date(user.createdAt) })}</span>
          </div>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Input label={t('fields.displayName')} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errors.displayName} autoComplete="nickname" />
          <Select label={t('fields.locale')} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)} options={LOCALES.map((l) => ({ value: l.code, label: l.label }))} />
        </div>
        <div className="flex justify-end">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </GlassCard>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const report = useReportError();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ currentPassword?: string; newPassword?: string; confirm?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      currentPassword: current ? undefined : t('validation.required'),
      newPassword: assessPassword(next).valid ? undefined : t('validation.passwordPolicy'),
      confirm: confirm === next ? undefined : t('validation.mismatch'),
    };
    setErrors(found);
    if (found.currentPassword || found.newPassword || found.confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          toast.success(t('account.password.changed'));
          setCurrent('');
          setNext('');
          setConfirm('');
        },
        onError: (error) => setErrors(report(error, ['currentPassword', 'newPassword'])),
      },
    );
  };

  return (
    <GlassCard>
      <CardHeader icon={<KeyRound className="size-5" aria-hidden="true" />} title={t('account.password.title')} description={t('account.password.subtitle')} />
      <form onSubmit={submit} noValidate className="space-y-5 p-5 sm:p-6">
        <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errors.currentPassword} />
        <div className="space-y-3">
          <PasswordInput label={t('fields.newPassword')} autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} error={errors.newPassword} aria-describedby="change-password-strength" />
          {next && <PasswordStrength id="change-password-strength" password={next} />}
        </div>
        <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} />
        <div className="flex justify-end">
          <Button type="submit" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </GlassCard>
  );
}

function deviceLabel(t: ReturnType<typeof useTranslation>['t'], userAgent: string | null | undefined) {
  const { browser, os, mobile } = summariseUserAgent(userAgent);
  const label = browser && os ? t('account.sessions.browserOn', { browser, os }) : (browser ?? os ?? t('account.sessions.unknownDevice'));
  return { label, mobile };
}

const sessionSort = {
  device: (s: Session) => s.userAgent ?? '',
  ip: (s: Session) => s.ipAddress ?? '',
  created: (s: Session) => s.createdAt,
  lastUsed: (s: Session) => s.lastUsedAt,
};

function SessionsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const sessions = useSessions();
  const revoke = useRevokeSessions();
  const [pending, setPending] = useState<{ ids: string[]; all: boolean } | null>(null);
  const { sorted, sort, toggle } = useSort(sessions.data ?? [], sessionSort, { key: 'lastUsed', direction: 'desc' });
  const others = (sessions.data ?? []).filter((s) => !s.current);

  const confirm = () => {
    if (!pending) return;
    revoke.mutate(pending.ids, {
      onSuccess: () => toast.success(pending.all ? t('account.sessions.revokedAll') : t('account.sessions.revoked')),
      onError: (error) => toast.error(errorMessage(t, error)),
      onSettled: () => setPending(null),
    });
  };

  const exportCsv = () => {
    const header = [t('account.sessions.device'), t('account.sessions.ip'), t('account.sessions.created'), t('account.sessions.lastUsed'), t('account.sessions.current')];
    downloadCsv('sessions.csv', toCsv(header, sorted.map((s) => [s.userAgent, s.ipAddress, s.createdAt, s.lastUsedAt, s.current])));
  };

  let body;
  if (sessions.isPending) body = <SkeletonRows rows={3} label={t('common.loading')} />;
  else if (sessions.isError) body = <ErrorState message={errorMessage(t, sessions.error)} onRetry={() => void sessions.refetch()} />;
  else if (sorted.length === 0) body = <EmptyState title={t('account.sessions.empty')} />;
  else
    body = (
      <Table label={t('account.sessions.title')}>
        <thead className="border-b border-line">
          <tr>
            <SortHeader label={t('account.sessions.device')} sortKey="device" sort={sort} onSort={toggle} />
            <SortHeader label={t('account.sessions.ip')} sortKey="ip" sort={sort} onSort={toggle} />
            <SortHeader label={t('account.sessions.created')} sortKey="created" sort={sort} onSort={toggle} />
            <SortHeader label={t('account.sessions.lastUsed')} sortKey="lastUsed" sort={sort} onSort={toggle} />
            <th scope="col" className={thClass}>
              <span className="sr-only">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {sorted.map((session) => {
            const device = deviceLabel(t, session.userAgent);
            const Icon = device.mobile ? Smartphone : Monitor;
            return (
              <tr key={session.id} className="transition hover:bg-white/[0.02]">
                <td className={tdClass}>
                  <div className="flex items-center gap-3">
                    <span className="grid size-8 place-items-center rounded-lg border border-line bg-white/[0.03] text-muted">
                      <Icon className="size-4" aria-hidden="true" />
                    </span>
                    <div className="min-w-0">
                      <p className="flex items-center gap-2 font-medium text-fg">
                        {device.label}
                        {session.current && <Badge tone="emerald">{t('account.sessions.thisDevice')}</Badge>}
                      </p>
                      <p className="max-w-72 truncate text-xs text-subtle" title={session.userAgent ?? undefined}>
                        {session.userAgent}
                      </p>
                    </div>
                  </div>
                </td>
                <td className={`${tdClass} num text-start! text-muted`} dir="ltr">
                  {session.ipAddress ?? '—'}
                </td>
                <td className={`${tdClass} text-muted`}>
                  <time dateTime={session.createdAt}>{format.dateTime(session.createdAt)}</time>
                </td>
                <td className={`${tdClass} text-muted`}>
                  <time dateTime={session.lastUsedAt} title={format.dateTime(session.lastUsedAt)}>
                    {format.relative(session.lastUsedAt)}
                  </time>
                </td>
                <td className={`${tdClass} text-end`}>
                  {!session.current && (
                    <Button variant="ghost" size="sm" onClick={() => setPending({ ids: [session.id], all: false })} aria-label={t('account.sessions.revokeOne', { device: device.label })}>
                      {t('account.sessions.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    );

  return (
    <GlassCard>
      <CardHeader
        icon={<ShieldCheck className="size-5" aria-hidden="true" />}
        title={t('account.sessions.title')}
        description={t('account.sessions.subtitle')}
        actions={
          <>
            <Button variant="ghost" size="sm" onClick={exportCsv} disabled={sorted.length === 0}>
              <Download className="size-3.5" aria-hidden="true" />
              {t('common.exportCsv')}
            </Button>
            <Button variant="danger" size="sm" onClick={() => setPending({ ids: others.map((s) => s.id), all: true })} disabled={others.length === 0}>
              <LogOut className="size-3.5" aria-hidden="true" />
              {t('account.sessions.revokeAll')}
            </Button>
          </>
        }
      />
      {body}
      <ConfirmDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        title={pending?.all ? t('account.sessions.confirmAllTitle') : t('account.sessions.confirmTitle')}
        description={pending?.all ? t('account.sessions.confirmAllBody', { n: format.number(pending.ids.length) }) : t('account.sessions.confirmBody')}
        confirmLabel={pending?.all ? t('account.sessions.revokeAll') : t('account.sessions.revoke')}
        onConfirm={confirm}
        loading={revoke.isPending}
      />
    </GlassCard>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="animate-enter">
      <PageHeader title={t('account.title')} description={t('account.subtitle')} />
      {me.isPending ? (
        <div role="status" aria-label={t('common.loading')} className="grid gap-6 lg:grid-cols-2">
          <Skeleton className="h-96" />
          <Skeleton className="h-96" />
        </div>
      ) : me.isError ? (
        <ErrorState message={errorMessage(t, me.error)} onRetry={() => void me.refetch()} />
      ) : (
        <div className="space-y-6">
          <div className="grid gap-6 lg:grid-cols-2">
            <ProfileCard user={me.data} />
            <PasswordCard />
          </div>
          <SessionsCard />
        </div>
      )}
    </div>
  );
}
