import { Layers } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { Select } from '../../components/ui/Select';
import { SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { ApiError } from '../../api/problem';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { formatPrice, formatSignedPrice } from '../markets/marketFormat';
import { PIVOT_TYPES, type LevelsStreamState, type PivotType, type useKeyLevels } from './api';
import { groupLevels, LEVEL_COLORS, type LevelGroup, type MeasuredLevel } from './levels';

interface Props {
  levels: ReturnType<typeof useKeyLevels>;
  /** The live price (market stream), or the price of the latest levels refresh before the first quote. */
  price: number | undefined;
  currency: string;
  decimals: number;
  enabled: ReadonlySet<LevelGroup>;
  pivots: PivotType;
  onPivots: (pivots: PivotType) => void;
}

const streamDot: Record<LevelsStreamState, string> = { connecting: 'bg-champagne animate-pulse', live: 'bg-gain', reconnecting: 'bg-warn animate-pulse' };

function Row({ level, currency, decimals }: { level: MeasuredLevel; currency: string; decimals: number }) {
  const { t, i18n } = useTranslation();
  const price = (v: number) => formatPrice(i18n.language, v, currency, decimals);
  const atr = level.distanceAtr === null ? null : new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(level.distanceAtr);
  const tone = level.kind === 'RESISTANCE' ? 'text-loss' : level.kind === 'SUPPORT' ? 'text-gain' : 'text-muted';
  // Colour and side already say resistance or support; only pivots and swing zones need a word.
  const detail = level.touches ? t('levels.touches', { count: level.touches }) : level.kind === 'PIVOT' ? t('levels.kind.PIVOT') : '';
  return (
    <li data-testid="key-level" data-family={level.family} data-kind={level.kind} className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-3 px-5 py-2 sm:px-6">
      <div className="flex min-w-0 items-center gap-2">
        <span role="img" aria-label={t(`levels.kind.${level.kind}`)} className="size-2 shrink-0 rounded-full" style={{ background: LEVEL_COLORS[level.kind] }} />
        <span className="font-mono text-sm text-fg" dir="ltr">
          {level.name}
        </span>
        <span className="truncate text-xs text-subtle" title={level.zoneLow !== undefined && level.zoneHigh !== undefined ? t('levels.zone', { low: price(level.zoneLow), high: price(level.zoneHigh) }) : undefined}>
          {detail}
        </span>
      </div>
      <span className="num text-end text-sm text-fg/90" dir="ltr">
        {price(level.price)}
      </span>
      <span className="num w-28 text-end text-xs" dir="ltr">
        <span className={cn('block', tone)}>{formatSignedPrice(i18n.language, level.distance, currency, decimals)}</span>
        <span className="block text-subtle">{atr === null ? '—' : t('levels.atrValue', { value: atr })}</span>
      </span>
    </li>
  );
}

/** Levels above and below the live price, nearest next to it; distances follow every quote. */
export function KeyLevelsCard({ levels, price, currency, decimals, enabled, pivots, onPivots }: Props) {
  const { t, i18n } = useTranslation();
  const data = levels.data;
  const live = price ?? data?.price;

  let body;
  if (levels.isPending) body = <SkeletonRows rows={6} label={t('common.loading')} />;
  else if (levels.isError && !data) {
    const noData = levels.error instanceof ApiError && (levels.error.status === 422 || levels.error.status === 404);
    body = noData ? (
      <EmptyState icon={<Layers className="size-5" aria-hidden="true" />} title={t('levels.emptyTitle')} description={t('levels.emptyBody')} />
    ) : (
      <ErrorState message={errorMessage(t, levels.error)} onRetry={() => void levels.refetch()} />
    );
  } else if (!data || live === undefined || data.levels.length === 0)
    body = <EmptyState icon={<Layers className="size-5" aria-hidden="true" />} title={t('levels.emptyTitle')} description={t('levels.emptyBody')} />;
  else {
    const { above, below } = groupLevels(data.levels, live, data.atr, enabled);
    if (above.length === 0 && below.length === 0)
      body = <EmptyState icon={<Layers className="size-5" aria-hidden="true" />} title={t('levels.allHiddenTitle')} description={t('levels.allHiddenBody')} />;
    else {
      const side = (title: string, rows: MeasuredLevel[], testId: string) => (
        <section aria-label={title} data-testid={testId}>
          <h3 className="px-5 pt-3 pb-1 text-[11px] font-medium uppercase tracking-[0.14em] text-subtle sm:px-6">{title}</h3>
          {rows.length === 0 ? (
            <p className="px-5 py-2 text-sm text-subtle sm:px-6">{t('levels.noneSide')}</p>
          ) : (
            <ul className="divide-y divide-line/60">
              {rows.map((level) => (
                <Row key={`${level.family}:${level.name}:${level.price}`} level={level} currency={currency} decimals={decimals} />
              ))}
            </ul>
          )}
        </section>
      );
      body = (
        <div className="pb-3">
          {side(t('levels.above'), above, 'levels-above')}
          <div className="mx-5 my-2 flex items-center justify-between rounded-lg border border-champagne/30 bg-champagne/10 px-3 py-1.5 sm:mx-6">
            <span className="text-xs font-medium uppercase tracking-[0.14em] text-champagne">{t('levels.price')}</span>
            <span className="num text-sm text-fg" dir="ltr" data-testid="levels-price">
              {formatPrice(i18n.language, live, currency, decimals)}
            </span>
          </div>
          {side(t('levels.below'), below, 'levels-below')}
          {enabled.has('vwap') && data.vwap && data.vwap.value > 0 && (
            <p className="num px-5 pt-2 text-xs text-muted sm:px-6" dir="ltr">
              {t('levels.vwap', { value: formatPrice(i18n.language, data.vwap?.value ?? 0, currency, decimals) })}
            </p>
          )}
        </div>
      );
    }
  }

  return (
    <GlassCard data-testid="key-levels" className="flex flex-col">
      <CardHeader
        title={t('levels.title')}
        description={t('levels.subtitle', { currency })}
        actions={
          data && (
            <span role="status" data-testid="levels-stream" data-state={levels.stream} className="inline-flex items-center gap-1.5 text-xs text-muted" title={t('levels.asOf', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(data.asOf)) })}>
              <span aria-hidden="true" className={cn('size-2 rounded-full', streamDot[levels.stream])} />
              {t(`levels.${levels.stream}`)}
            </span>
          )
        }
      />
      <div className="border-b border-line px-5 py-3 sm:px-6">
        <Select label={t('levels.pivots')} value={pivots} onChange={(e) => onPivots(e.target.value as PivotType)} options={PIVOT_TYPES.map((value) => ({ value, label: t(`levels.pivotType.${value}`) }))} />
      </div>
      {body}
    </GlassCard>
  );
}
