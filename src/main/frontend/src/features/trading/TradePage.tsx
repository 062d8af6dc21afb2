import { ArrowLeftRight, Plus, RotateCcw } from 'lucide-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { GlassCard } from '../../components/ui/Card';
import { Dialog } from '../../components/ui/Dialog';
import { PageHeader } from '../../components/ui/PageHeader';
import { Segmented } from '../../components/ui/Segmented';
import { Select } from '../../components/ui/Select';
import { Skeleton } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { toast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/errors';
import { stored } from '../../lib/storage';
import type { PriceLineSpec } from '../analytics/levels';
import { useInstrument, type Instrument, type Quote } from '../markets/api';
import { timeframeOf, type Timeframe, type TradeMarker } from '../markets/chart/candles';
import { TimeframePicker } from '../markets/chart/TimeframePicker';
import { PriceChart } from '../markets/chart/PriceChart';
import { InstrumentPicker } from '../markets/InstrumentPicker';
import { LiveIndicator } from '../markets/LiveIndicator';
import { changeTone, decimalsForTick, formatChangePercent, quoteSymbol, sessionTone } from '../markets/marketFormat';
import { useLiveQuotes } from '../markets/stream/useMarketStream';
import { AccountCards } from './AccountCards';
import { ACCOUNT_KEY, useAccount, useAccounts, useFills, useOrders, usePositions, useResetAccount, type Account, type Position } from './api';
import { HistoryPanel } from './HistoryPanel';
import { OpenAccountDialog } from './OpenAccountDialog';
import { OpenOrdersTable } from './OrdersTable';
import { OrderTicket } from './OrderTicket';
import { PositionsTable } from './PositionsTable';
import { useAccountStream } from './useAccountStream';
import { useMoney } from './useMoney';

const SYMBOL_KEY = 'tradesense.tradeSymbol';
const BLOTTER = ['positions', 'orders', 'history'] as const;
const NO_SYMBOLS: ReadonlySet<string> = new Set();
type Blotter = (typeof BLOTTER)[number];

/** Entry of the open position and the working orders' prices, as lines on the candles. */
function useTradeLines(account: Account, instrument: Instrument, position: Position | undefined): PriceLineSpec[] {
  const { t } = useTranslation();
  const m = useMoney(account.currency);
  const orders = useOrders(account.id, { status: 'open', symbol: instrument.symbol, size: 100 });
  return useMemo(() => {
    const lines: PriceLineSpec[] = [];
    if (position) lines.push({ id: 'position', price: position.avgEntryPrice, title: `${t(`trade.positionSide.${position.side}`)} ${m.qty(position.qty)}`, color: 'rgba(212, 175, 122, 0.9)' });
    for (const o of orders.data?.items ?? []) {
      const price = o.limitPrice ?? o.stopPrice;
      if (price === null || price === undefined) continue;
      lines.push({ id: `order:${o.id}`, price, title: `${t(`trade.side.${o.side}`)} ${t(`trade.orderTypeShort.${o.type}`)} ${m.qty(o.qty - o.filledQty)}`, color: o.side === 'BUY' ? 'rgba(16, 185, 129, 0.7)' : 'rgba(248, 113, 113, 0.7)', dashed: true });
    }
    return lines;
    // m is rebuilt each render; its output depends on the locale and currency only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [position, orders.data, t, account.currency]);
}

function useTradeMarkers(account: Account, instrument: Instrument): TradeMarker[] {
  const { t } = useTranslation();
  const fills = useFills(account.id, { symbol: instrument.symbol, size: 200 });
  return useMemo(
    () => (fills.data?.items ?? []).map((f) => ({ id: f.id, t: Date.parse(f.filledAt), side: f.side, text: `${t(`trade.sideShort.${f.side}`)} ${f.qty}` })),
    [fills.data, t],
  );
}

function InstrumentHeader({ instrument, quote, children }: { instrument: Instrument; quote: Quote | undefined; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const decimals = decimalsForTick(instrument.tickSize);
  const m = useMoney(instrument.currency);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
      <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="font-mono text-lg font-semibold text-fg" dir="ltr">
          {instrument.symbol}
        </h2>
        <span className="hidden truncate text-sm text-muted 2xl:inline">{instrument.name}</span>
        {quote && (
          <>
            <span className="num text-base text-fg" dir="ltr" data-testid="trade-price">
              {m.price(quote.price, decimals)}
            </span>
            {quote.changePercent !== null && quote.changePercent !== undefined && (
              <span className={`num text-sm ${changeTone(quote.changePercent)}`} dir="ltr">
                {formatChangePercent(i18n.language, quote.changePercent)}
              </span>
            )}
            <Badge tone={sessionTone[quote.session]}>{t(`markets.session.${quote.session}`)}</Badge>
          </>
        )}
      </div>
      {children}
    </div>
  );
}

function Terminal({ account, symbol, onSymbol }: { account: Account; symbol: string; onSymbol: (symbol: string) => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const timeframe = timeframeOf(params.get('tf') ?? '5m');
  const instrument = useInstrument(symbol);
  const { quotes } = useLiveQuotes([symbol]);
  const positions = usePositions(account.id);
  const quote = quotes.get(quoteSymbol(symbol));
  const position = positions.data?.find((p) => quoteSymbol(p.symbol) === quoteSymbol(symbol));
  const [blotter, setBlotter] = useState<Blotter>('positions');

  const onTimeframe = (tf: Timeframe['key']) => setParams((p) => { p.set('tf', tf); return p; }, { replace: true });

  return (
    <div className="space-y-6">
      <AccountCards account={account} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <GlassCard className="min-w-0 overflow-hidden xl:self-start">
          {instrument.data ? (
            <>
              <TerminalChart account={account} instrument={instrument.data} quote={quote} position={position} timeframe={timeframe} onTimeframe={onTimeframe} />
            </>
          ) : instrument.isError ? (
            <ErrorState message={errorMessage(t, instrument.error)} onRetry={() => onSymbol('AAPL')} />
          ) : (
            <Skeleton className="h-[480px] w-full" />
          )}
        </GlassCard>
        {instrument.data ? <OrderTicket key={`${account.id}-${instrument.data.symbol}`} account={account} instrument={instrument.data} quote={quote} position={position} /> : <Skeleton className="h-[560px] rounded-2xl" />}
      </div>
      <GlassCard className="min-w-0 overflow-hidden">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3 sm:px-6">
          <Segmented
            label={t('trade.blotter')}
            options={BLOTTER}
            value={blotter}
            onChange={setBlotter}
            render={(b) => (b === 'positions' ? t('trade.tab.positions', { count: account.openPositions }) : b === 'orders' ? t('trade.tab.orders', { count: account.openOrders }) : t('trade.tab.history'))}
          />
        </div>
        {blotter === 'positions' && <PositionsTable account={account} onSymbol={onSymbol} />}
        {blotter === 'orders' && <OpenOrdersTable account={account} onSymbol={onSymbol} />}
        {blotter === 'history' && <HistoryPanel account={account} />}
      </GlassCard>
    </div>
  );
}

function TerminalChart({ account, instrument, quote, position, timeframe, onTimeframe }: { account: Account; instrument: Instrument; quote: Quote | undefined; position: Position | undefined; timeframe: Timeframe; onTimeframe: (key: Timeframe['key']) => void }) {
  const lines = useTradeLines(account, instrument, position);
  const markers = useTradeMarkers(account, instrument);
  return (
    <>
      <InstrumentHeader instrument={instrument} quote={quote}>
        <TimeframePicker value={timeframe.key} onChange={onTimeframe} />
      </InstrumentHeader>
      <PriceChart key={`${instrument.symbol}-${timeframe.key}`} symbol={instrument.symbol} timeframe={timeframe} currency={instrument.currency} decimals={decimalsForTick(instrument.tickSize)} tickSize={instrument.tickSize} priceLines={lines} markers={markers} />
    </>
  );
}

/**
 * The trading terminal: pick an account and an instrument, see the chart with your fills and working orders,
 * trade from the ticket, and follow positions, orders and history live from the account stream.
 */
export function TradePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const accounts = useAccounts();
  const [opening, setOpening] = useState(false);
  const [resetting, setResetting] = useState(false);
  const wantedAccount = params.get('account') ?? stored.get(ACCOUNT_KEY);
  const accountId = accounts.data?.find((a) => a.id === wantedAccount)?.id ?? accounts.data?.[0]?.id;
  const account = useAccount(accountId);
  const stream = useAccountStream(accountId);
  const reset = useResetAccount(accountId);
  const symbol = quoteSymbol(params.get('symbol') ?? stored.get(SYMBOL_KEY) ?? 'AAPL');

  useEffect(() => {
    if (accountId) stored.set(ACCOUNT_KEY, accountId);
  }, [accountId]);
  useEffect(() => stored.set(SYMBOL_KEY, symbol), [symbol]);

  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        p.set(key, value);
        return p;
      },
      { replace: true },
    );

  const current = account.data ?? accounts.data?.find((a) => a.id === accountId);
  const money = useMoney(current?.currency ?? 'USD');
  const header = (
    <PageHeader
      eyebrow={t('trade.eyebrow')}
      title={t('nav.trade')}
      description={t('trade.subtitle')}
      actions={
        accounts.data && accounts.data.length > 0 ? (
          <>
            <LiveIndicator state={stream} />
            <InstrumentPicker onPick={(picked) => setParam('symbol', quoteSymbol(picked.symbol))} taken={NO_SYMBOLS} label={t('trade.pickInstrument')} className="w-full sm:w-60" />
            <Select label={t('trade.account')} hideLabel value={accountId} onChange={(e) => setParam('account', e.target.value)} options={accounts.data.map((a) => ({ value: a.id, label: `${a.name} · ${a.currency} · ${t(`trade.type.${a.type}`)}` }))} className="w-60" />
            <Button variant="secondary" onClick={() => setOpening(true)}>
              <Plus className="size-4" aria-hidden="true" />
              {t('trade.open.short')}
            </Button>
            <Button variant="ghost" onClick={() => setResetting(true)} aria-label={t('trade.reset.title')}>
              <RotateCcw className="size-4" aria-hidden="true" />
            </Button>
          </>
        ) : undefined
      }
    />
  );

  let body;
  if (accounts.isPending) body = <Skeleton className="h-96 w-full rounded-2xl" />;
  else if (accounts.isError) body = <GlassCard><ErrorState message={errorMessage(t, accounts.error)} onRetry={() => void accounts.refetch()} /></GlassCard>;
  else if (accounts.data.length === 0)
    body = (
      <GlassCard>
        <EmptyState
          icon={<ArrowLeftRight className="size-5" aria-hidden="true" />}
          title={t('trade.noAccountTitle')}
          description={t('trade.noAccountBody')}
          action={
            <Button onClick={() => setOpening(true)}>
              <Plus className="size-4" aria-hidden="true" />
              {t('trade.open.title')}
            </Button>
          }
        />
      </GlassCard>
    );
  else if (!current) body = <Skeleton className="h-96 w-full rounded-2xl" />;
  else body = <Terminal account={current} symbol={symbol} onSymbol={(s) => setParam('symbol', quoteSymbol(s))} />;

  return (
    <div className="animate-enter">
      {header}
      {body}
      {opening && (
        <OpenAccountDialog
          open
          onClose={() => setOpening(false)}
          onOpened={(opened) => {
            setOpening(false);
            setParam('account', opened.id);
          }}
        />
      )}
      <Dialog
        open={resetting}
        onClose={() => setResetting(false)}
        title={t('trade.reset.title')}
        description={t('trade.reset.body', { amount: money.money(current?.startingBalance) })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setResetting(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={reset.isPending}
              onClick={async () => {
                try {
                  await reset.mutateAsync();
                  toast.success(t('trade.reset.done'));
                } catch (error) {
                  toast.error(errorMessage(t, error));
                }
                setResetting(false);
              }}
            >
              {t('trade.reset.confirm')}
            </Button>
          </>
        }
      />
    </div>
  );
}
