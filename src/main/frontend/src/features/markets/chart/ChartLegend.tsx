import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { changeTone, formatChangePercent, formatPrice, formatVolume } from '../marketFormat';
import type { Candle } from './candles';

/** OHLCV of the hovered candle, or of the newest one when the pointer is elsewhere. */
export function ChartLegend({ candle, time, hovered, currency, decimals }: { candle: Candle | null; time: string; hovered: boolean; currency: string; decimals: number }) {
  const { t, i18n } = useTranslation();
  const price = (value: number) => formatPrice(i18n.language, value, currency, decimals);
  const change = candle && candle.o !== 0 ? ((candle.c - candle.o) / candle.o) * 100 : null;
  const tone = change === null ? 'text-fg' : changeTone(change);
  const item = (label: string, value: string, testId?: string, className?: string) => (
    <div className="flex items-baseline gap-1.5">
      <dt className="text-[10px] font-medium uppercase tracking-wider text-subtle">{label}</dt>
      <dd data-testid={testId} dir="auto" className={cn('num text-xs', className ?? 'text-fg/90')}>
        {value}
      </dd>
    </div>
  );
  return (
    <div
      data-testid="chart-legend"
      data-hovered={hovered || undefined}
      aria-live="off"
      className="pointer-events-none z-10 border-b border-line px-4 py-2 sm:absolute sm:left-3 sm:top-2 sm:max-w-[calc(100%-5rem)] sm:rounded-lg sm:border-0 sm:bg-surface/70 sm:px-2.5 sm:py-1.5 sm:backdrop-blur-sm"
      dir="ltr"
    >
      {/* The chart is left-to-right in every language; its words and dates follow their own direction. */}
      <p dir="auto" className="text-[11px] text-muted">{candle ? `${time}${hovered ? '' : ` · ${t('instrument.latest')}`}` : '—'}</p>
      {candle && (
        <dl className="mt-0.5 flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
          {item(t('instrument.ohlc.o'), price(candle.o))}
          {item(t('instrument.ohlc.h'), price(candle.h))}
          {item(t('instrument.ohlc.l'), price(candle.l))}
          {item(t('instrument.ohlc.c'), price(candle.c), 'legend-close', tone)}
          {change !== null && <span className={cn('num text-xs', tone)}>{formatChangePercent(i18n.language, change)}</span>}
          {item(t('instrument.ohlc.v'), formatVolume(i18n.language, candle.v), 'legend-volume')}
        </dl>
      )}
    </div>
  );
}
