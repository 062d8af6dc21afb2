import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Skeleton } from '../../components/ui/Skeleton';
import { useWatchlist } from './api';
import { LiveIndicator } from './LiveIndicator';
import { changeTone, formatChangePercent, formatPrice, priceDecimals, quoteSymbol, sessionTone } from './marketFormat';
import { useLiveMarketStatus, useLiveQuotes } from './stream/useMarketStream';

/** Shown while the member's watchlist is empty. */
export const DEFAULT_TICKER = ['SPY', 'QQQ', 'AAPL', 'NVDA', 'BTC-USD', 'EUR/USD'];

function UsSession() {
  const { t } = useTranslation();
  const status = useLiveMarketStatus();
  const nyse = status.data?.find((s) => s.exchange === 'NYSE');
  if (!nyse) return status.isPending ? <Skeleton className="h-5 w-24 rounded-full" /> : null;
  return (
    <Badge tone={sessionTone[nyse.session]} className="shrink-0">
      <span className="font-mono text-[10px] tracking-wider">{t('ticker.us')}</span>
      {t(`markets.session.${nyse.session}`)}
    </Badge>
  );
}

/** The header's live strip: the watchlist (or a default set) with last price and change, the feed's state, the US session. */
export function TickerStrip() {
  const { t, i18n } = useTranslation();
  const watchlist = useWatchlist();
  const symbols = watchlist.data ? (watchlist.data.items.length ? watchlist.data.items.map((i) => i.symbol) : DEFAULT_TICKER) : [];
  const { quotes, connection } = useLiveQuotes(symbols);

  return (
    <section aria-label={t('ticker.label')} className="flex h-10 items-center gap-3 border-b border-line bg-onyx/50 px-4 backdrop-blur-xl sm:px-6 md:px-8">
      <LiveIndicator state={connection} compact />
      <UsSession />
      <span aria-hidden="true" className="h-4 w-px shrink-0 bg-line-strong" />
      <ul className="flex min-w-0 flex-1 items-center gap-1 overflow-x-auto [scrollbar-width:none] [&::-webkit-scrollbar]:hidden">
        {watchlist.isPending &&
          Array.from({ length: 6 }, (_, i) => (
            <li key={i}>
              <Skeleton className="h-5 w-32" />
            </li>
          ))}
        {symbols.map((symbol) => {
          const quote = quotes.get(quoteSymbol(symbol));
          return (
            <li key={symbol} className="shrink-0">
              <Link
                to={`/markets/${quoteSymbol(symbol)}`}
                data-testid={`ticker-${quoteSymbol(symbol)}`}
                className="flex items-center gap-2 rounded-md px-2 py-1 text-xs transition hover:bg-white/[0.05]"
              >
                <span className="font-mono font-semibold text-fg" dir="ltr">
                  {symbol}
                </span>
                <span className="num text-fg/85" dir="ltr">
                  {quote ? formatPrice(i18n.language, quote.price, quote.currency, priceDecimals(quote.price, symbol)) : '—'}
                </span>
                {quote?.changePercent !== undefined && quote.changePercent !== null && (
                  <span className={`num ${changeTone(quote.changePercent)}`} dir="ltr">
                    {formatChangePercent(i18n.language, quote.changePercent)}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
