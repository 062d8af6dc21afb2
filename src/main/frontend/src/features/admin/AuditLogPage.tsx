import { ChevronLeft, ChevronRight, Download, Filter, ScrollText, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { Input } from '../../components/ui/Input';
import { PageHeader } from '../../components/ui/PageHeader';
import { Select } from '../../components/ui/Select';
import { SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { SortHeader, Table, tdClass, useSort } from '../../components/ui/Table';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { summariseUserAgent } from '../../lib/userAgent';
import { AUDIT_LOG_TYPES, useAuditLogs, type AuditLogFilters, type AuditLogType } from './api';

type Entry = NonNullable<ReturnType<typeof useAuditLogs>['data']>['items'][number];

const PAGE_SIZES = [25, 50, 100, 200];

const tone: Record<AuditLogType, 'emerald' | 'red' | 'amber' | 'champagne' | 'neutral'> = {
  LOGIN_SUCCEEDED: 'emerald',
  LOGIN_FAILED: 'amber',
  ACCOUNT_LOCKED: 'red',
  PASSWORD_RESET: 'champagne',
  PASSWORD_CHANGED: 'champagne',
  ROLES_CHANGED: 'champagne',
  REFRESH_TOKEN_REUSED: 'red',
  USER_REGISTERED: 'neutral',
  EMAIL_VERIFIED: 'emerald',
};

/** datetime-local value (local wall time) <-> ISO instant. */
function localToIso(value: string): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}
function isoToLocal(value: string | null): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function readFilters(params: URLSearchParams): AuditLogFilters {
  const type = params.get('type');
  const size = Number(params.get('size'));
  return {
    type: AUDIT_LOG_TYPES.includes(type as AuditLogType) ? (type as AuditLogType) : undefined,
    email: params.get('email') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    page: Math.max(0, Number(params.get('page')) || 0),
    size: PAGE_SIZES.includes(size) ? size : 50,
  };
}

function writeFilters(filters: AuditLogFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 0) && !(key === 'size' && value === 50)) params.set(key, String(value));
  }
  return params;
}

const entrySort = {
  time: (e: Entry) => e.occurredAt,
  type: (e: Entry) => e.type,
  email: (e: Entry) => e.email ?? '',
  ip: (e: Entry) => e.ipAddress ?? '',
};

function FilterBar({ filters, onApply }: { filters: AuditLogFilters; onApply: (next: AuditLogFilters) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<string>(filters.type ?? '');
  const [email, setEmail] = useState(filters.email ?? '');
  const [from, setFrom] = useState(isoToLocal(filters.from ?? null));
  const [to, setTo] = useState(isoToLocal(filters.to ?? null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...filters, type: (type || undefined) as AuditLogType | undefined, email: email.trim() || undefined, from: localToIso(from), to: localToIso(to), page: 0 });
  };
  const reset = () => {
    setType('');
    setEmail('');
    setFrom('');
    setTo('');
    onApply({ page: 0, size: filters.size });
  };

  return (
    <form onSubmit={submit} className="grid gap-4 border-b border-line p-5 sm:grid-cols-2 sm:p-6 lg:grid-cols-[1fr_1.2fr_1fr_1fr_auto]">
      <Select label={t('audit.filter.type')} value={type} onChange={(e) => setType(e.target.value)} options={[{ value: '', label: t('audit.filter.allTypes') }, ...AUDIT_LOG_TYPES.map((value) => ({ value, label: t(`audit.type.${value}`) }))]} />
      <Input label={t('fields.email')} type="search" value={email} onChange={(e) => setEmail(e.target.value)} placeholder={t('audit.filter.emailPlaceholder')} />
      <Input label={t('audit.filter.from')} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
      <Input label={t('audit.filter.to')} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
      <div className="flex items-end gap-2">
        <Button type="submit" className="h-11">
          <Filter className="size-4" aria-hidden="true" />
          {t('audit.filter.apply')}
        </Button>
        <Button variant="ghost" className="h-11" onClick={reset} aria-label={t('audit.filter.reset')}>
          <X className="size-4" aria-hidden="true" />
        </Button>
      </div>
    </form>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const logs = useAuditLogs(filters);
  const { sorted, sort, toggle } = useSort(logs.data?.items ?? [], entrySort, { key: 'time', direction: 'desc' });
  const apply = (next: AuditLogFilters) => setParams(writeFilters(next));
  const page = logs.data;

  const exportCsv = () => {
    const header = ['occurredAt', 'type', 'email', 'userId', 'ipAddress', 'userAgent', 'detail'];
    downloadCsv(`audit-log-page-${filters.page + 1}.csv`, toCsv(header, sorted.map((e) => [e.occurredAt, e.type, e.email, e.userId, e.ipAddress, e.userAgent, e.detail])));
  };

  let body;
  if (logs.isPending) body = <SkeletonRows rows={8} label={t('common.loading')} />;
  else if (logs.isError) body = <ErrorState message={errorMessage(t, logs.error)} onRetry={() => void logs.refetch()} />;
  else if (sorted.length === 0) body = <EmptyState icon={<ScrollText className="size-5" aria-hidden="true" />} title={t('audit.emptyTitle')} description={t('audit.emptyBody')} />;
  else
    body = (
      <Table label={t('audit.title')}>
        <thead className="border-b border-line">
          <tr>
            <SortHeader label={t('audit.col.time')} sortKey="time" sort={sort} onSort={toggle} />
            <SortHeader label={t('audit.col.type')} sortKey="type" sort={sort} onSort={toggle} />
            <SortHeader label={t('fields.email')} sortKey="email" sort={sort} onSort={toggle} />
            <SortHeader label={t('audit.col.ip')} sortKey="ip" sort={sort} onSort={toggle} />
            <th scope="col" className="px-4 py-3 text-start text-[11px] font-medium uppercase tracking-[0.14em] text-subtle last:pe-6">
              {t('audit.col.detail')}
            </th>
          </tr>
        </thead>
        <tbody className={logs.isPlaceholderData ? 'divide-y divide-line opacity-60' : 'divide-y divide-line'}>
          {sorted.map((entry) => {
            const ua = summariseUserAgent(entry.userAgent);
            return (
              <tr key={entry.id} className="transition hover:bg-white/[0.02]">
                <td className={`${tdClass} num text-start! whitespace-nowrap text-muted`}>
                  <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
                </td>
                <td className={tdClass}>
                  <Badge tone={tone[entry.type]}>{t(`audit.type.${entry.type}`)}</Badge>
                </td>
                <td className={`${tdClass} text-fg`} dir="ltr">
                  {entry.email ?? '—'}
                </td>
                <td className={`${tdClass} num text-start! text-muted`} dir="ltr">
                  {entry.ipAddress ?? '—'}
                  {(ua.browser || ua.os) && <span className="block font-sans text-xs text-subtle">{[ua.browser, ua.os].filter(Boolean).join(' · ')}</span>}
                </td>
                <td className={`${tdClass} max-w-80 text-muted`}>
                  <span className="line-clamp-2" title={entry.detail ?? undefined}>
                    {entry.detail ?? '—'}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    );

  return (
    <div className="animate-enter">
      <PageHeader eyebrow={t('nav.admin')} title={t('audit.title')} description={t('audit.subtitle')} />
      <GlassCard>
        <CardHeader
          title={t('audit.events')}
          description={page ? t('audit.total', { total: format.number(page.totalItems) }) : undefined}
          actions={
            <Button variant="secondary" size="sm" onClick={exportCsv} disabled={sorted.length === 0}>
              <Download className="size-3.5" aria-hidden="true" />
              {t('common.exportCsv')}
            </Button>
          }
        />
        <FilterBar key={params.toString()} filters={filters} onApply={apply} />
        {body}
        {page && page.totalItems > 0 && (
          <nav aria-label={t('audit.pagination')} className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-5 py-4 sm:px-6">
            <Select
              label={t('audit.pageSize')}
              hideLabel
              value={String(filters.size)}
              onChange={(e) => apply({ ...filters, size: Number(e.target.value), page: 0 })}
              options={PAGE_SIZES.map((n) => ({ value: String(n), label: t('audit.perPage', { n: format.number(n) }) }))}
              className="w-36"
            />
            <div className="flex items-center gap-3">
              <p className="num text-sm text-muted">{t('audit.pageOf', { page: format.number(page.page + 1), pages: format.number(Math.max(1, page.totalPages)) })}</p>
              <Button variant="secondary" size="sm" disabled={filters.page <= 0} onClick={() => apply({ ...filters, page: filters.page - 1 })} aria-label={t('audit.prev')}>
                <ChevronLeft className="size-4 rtl:-scale-x-100" aria-hidden="true" />
              </Button>
              <Button variant="secondary" size="sm" disabled={filters.page + 1 >= page.totalPages} onClick={() => apply({ ...filters, page: filters.page + 1 })} aria-label={t('audit.next')}>
                <ChevronRight className="size-4 rtl:-scale-x-100" aria-hidden="true" />
              </Button>
            </div>
          </nav>
        )}
      </GlassCard>
    </div>
  );
}
