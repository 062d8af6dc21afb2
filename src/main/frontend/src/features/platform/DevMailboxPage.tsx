import { ArrowLeft, FlaskConical, Mail, RefreshCw } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { GlassCard } from '../../components/ui/Card';
import { Logo } from '../../components/ui/Logo';
import { Skeleton, SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useDevMailbox, useSystemInfo } from './api';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NotFoundPage } from './NotFoundPage';

type Message = Schemas['MailboxMessage'];

/** Paths of this app that mails link to; they open in-app whatever host the server put in the link. */
const APP_LINK_PATHS = ['/verify-email', '/reset-password', '/sign-in'];
const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

function linkify(text: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, index) => {
    if (index % 2 === 0) return part;
    const url = new URL(part);
    const className = 'break-all font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent';
    return APP_LINK_PATHS.includes(url.pathname) ? (
      <Link key={index} to={url.pathname + url.search} className={className}>
        {part}
      </Link>
    ) : (
      <a key={index} href={part} target="_blank" rel="noreferrer" className={className}>
        {part}
      </a>
    );
  });
}

function MessageView({ message }: { message: Message }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article aria-label={message.subject} className="flex h-full flex-col">
      <header className="border-b border-line px-6 py-5">
        <h2 className="text-2xl font-medium text-fg">{message.subject}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-subtle">{t('mailbox.to')}</dt>
          <dd className="truncate text-fg/90">{message.to}</dd>
          <dt className="text-subtle">{t('mailbox.sent')}</dt>
          <dd className="text-fg/90">
            <time dateTime={message.sentAt}>{format.dateTime(message.sentAt)}</time>
          </dd>
        </dl>
      </header>
      <div className="flex-1 px-6 py-6">
        <div className="whitespace-pre-wrap text-[15px] leading-7 text-fg/90" dir="auto">
          {linkify(message.text)}
        </div>
      </div>
    </article>
  );
}

function Mailbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const mailbox = useDevMailbox(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const messages = mailbox.data ?? [];
  const selected = messages.find((m) => m.id === selectedId) ?? messages[0];

  if (mailbox.isPending) {
    return (
      <GlassCard className="grid min-h-[480px] md:grid-cols-[340px_1fr]">
        <SkeletonRows rows={6} label={t('common.loading')} />
        <div className="hidden space-y-4 border-s border-line p-6 md:block">
          <Skeleton className="h-8 w-2/3" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-40 w-full" />
        </div>
      </GlassCard>
    );
  }
  if (mailbox.isError) {
    return (
      <GlassCard>
        <ErrorState message={errorMessage(t, mailbox.error)} onRetry={() => void mailbox.refetch()} />
      </GlassCard>
    );
  }
  if (messages.length === 0) {
    return (
      <GlassCard>
        <EmptyState
          icon={<Mail className="size-5" aria-hidden="true" />}
          title={t('mailbox.emptyTitle')}
          description={t('mailbox.emptyBody')}
          action={
            <Link to="/register" className="text-sm font-medium text-champagne hover:text-champagne-soft">
              {t('signIn.createAccount')}
            </Link>
          }
        />
      </GlassCard>
    );
  }

  return (
    <GlassCard className="grid overflow-hidden md:min-h-[560px] md:grid-cols-[340px_1fr]">
      <ul aria-label={t('mailbox.inbox')} className="max-h-[40vh] divide-y divide-line overflow-y-auto border-b border-line md:max-h-none md:border-e md:border-b-0">
        {messages.map((message) => {
          const active = message.id === selected?.id;
          return (
            <li key={message.id}>
              <button
                type="button"
                onClick={() => setSelectedId(message.id)}
                aria-current={active || undefined}
                className={cn('relative block w-full px-5 py-4 text-start transition', active ? 'bg-white/[0.05]' : 'hover:bg-white/[0.03]')}
              >
                {active && <span aria-hidden="true" className="absolute inset-y-3 start-0 w-0.5 rounded-full bg-champagne" />}
                <div className="flex items-baseline justify-between gap-3">
                  <p className="truncate text-sm font-medium text-fg">{message.subject}</p>
                  <time dateTime={message.sentAt} className="shrink-0 text-xs text-subtle">
                    {format.relative(message.sentAt)}
                  </time>
                </div>
                <p className="mt-1 truncate text-xs text-muted">{message.to}</p>
              </button>
            </li>
          );
        })}
      </ul>
      {selected && <MessageView message={selected} />}
    </GlassCard>
  );
}

export function DevMailboxPage() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  const mailbox = useDevMailbox(info.data?.devMailbox === true);

  if (info.isPending) return <SkeletonRows rows={3} label={t('common.loading')} />;
  if (info.data?.devMailbox !== true) return <NotFoundPage />;

  return (
    <div className="mx-auto min-h-dvh max-w-6xl px-4 py-6 sm:px-8">
      <header className="mb-10 flex flex-wrap items-center justify-between gap-3">
        <Logo />
        <div className="flex items-center gap-2">
          <LocaleSwitcher />
        </div>
      </header>
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div>
          <Badge tone="amber">
            <FlaskConical className="size-3" aria-hidden="true" />
            {t('mailbox.devBadge')}
          </Badge>
          <h1 className="mt-3 text-4xl font-medium text-fg">{t('mailbox.title')}</h1>
          <p className="mt-2 max-w-2xl text-muted">{t('mailbox.subtitle')}</p>
        </div>
        <div className="flex items-center gap-2">
          <Link to="/sign-in" className="inline-flex h-10 items-center gap-2 rounded-xl px-3 text-sm text-muted hover:bg-white/[0.05] hover:text-fg">
            <ArrowLeft className="size-4 rtl:-scale-x-100" aria-hidden="true" />
            {t('forgot.back')}
          </Link>
          <Button variant="secondary" onClick={() => void mailbox.refetch()} loading={mailbox.isFetching}>
            {!mailbox.isFetching && <RefreshCw className="size-4" aria-hidden="true" />}
            {t('common.refresh')}
          </Button>
        </div>
      </div>
      <Mailbox />
    </div>
  );
}
