import { useQuery } from '@tanstack/react-query';
import { AlertTriangle } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { Dialog } from '../../components/ui/Dialog';
import { Input } from '../../components/ui/Input';
import { Segmented } from '../../components/ui/Segmented';
import { Select } from '../../components/ui/Select';
import { toast } from '../../components/ui/toast';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { stored } from '../../lib/storage';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { Instrument, Quote } from '../markets/api';
import { decimalsForTick } from '../markets/marketFormat';
import { ORDER_TYPES, previewOrder, TIMES_IN_FORCE, usePlaceOrder, type Account, type Order, type OrderRequest, type Position } from './api';
import { buildOrder, classesFor, INITIAL_TICKET, inputNumber, quantityForBuyingPower, quantityPresets, ticketFields, type TicketState } from './ticket';
import { useMoney } from './useMoney';

const ONE_CLICK_KEY = 'tradesense.oneClickTrading';

function Chip({ children, onClick, label }: { children: string; onClick: () => void; label?: string }) {
  return (
    <button type="button" onClick={onClick} aria-label={label} className="num h-7 rounded-lg border border-line-strong bg-white/[0.03] px-2.5 text-xs text-muted transition hover:border-accent/40 hover:text-fg" dir="ltr">
      {children}
    </button>
  );
}

function Row({ label, value, strong, tone }: { label: string; value: string; strong?: boolean; tone?: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-1">
      <dt className="text-muted">{label}</dt>
      <dd className={cn('num text-end', strong ? 'font-medium text-fg' : 'text-fg/90', tone)} dir="ltr">
        {value}
      </dd>
    </div>
  );
}

/** A one-line description of an order: "Buy 10 AAPL · Limit 200.00 · GTC". */
function useOrderSummary() {
  const { t } = useTranslation();
  type Summarised = Pick<OrderRequest, 'side' | 'qty' | 'symbol' | 'type' | 'timeInForce'> & Partial<Record<'limitPrice' | 'stopPrice' | 'trailPrice' | 'trailPercent', number | null>>;
  return (order: Summarised, price: (v: number) => string) => {
    const parts = [`${t(`trade.side.${order.side}`)} ${order.qty} ${order.symbol}`, t(`trade.orderType.${order.type}`)];
    if (order.limitPrice !== undefined && order.limitPrice !== null) parts.push(t('trade.limitAt', { price: price(order.limitPrice) }));
    if (order.stopPrice !== undefined && order.stopPrice !== null) parts.push(t('trade.stopAt', { price: price(order.stopPrice) }));
    if (order.trailPercent !== undefined && order.trailPercent !== null) parts.push(t('trade.trailPercent', { value: order.trailPercent }));
    if (order.trailPrice !== undefined && order.trailPrice !== null) parts.push(t('trade.trailPrice', { price: price(order.trailPrice) }));
    if (order.timeInForce) parts.push(order.timeInForce);
    return parts.join(' · ');
  };
}

interface Props {
  account: Account;
  instrument: Instrument;
  quote: Quote | undefined;
  position: Position | undefined;
}

/**
 * The order ticket: every type, class and time in force, quantity presets, a live cost and fee preview from the
 * server (which also names invalid fields as you type), and a confirmation before anything is placed. The quick
 * Buy/Sell buttons place a market order of the ticket's size, skipping the confirmation only with one-click trading on.
 */
export function OrderTicket({ account, instrument, quote, position }: Props) {
  const { t } = useTranslation();
  const m = useMoney(account.currency);
  const decimals = decimalsForTick(instrument.tickSize);
  const [state, setState] = useState<TicketState>(INITIAL_TICKET);
  const [confirming, setConfirming] = useState<{ request: OrderRequest; key: string } | null>(null);
  const [oneClick, setOneClick] = useState(() => stored.get(ONE_CLICK_KEY) === 'true');
  const place = usePlaceOrder(account.id);
  const summary = useOrderSummary();
  const fields = ticketFields(state.type, state.orderClass);
  const built = buildOrder(state, instrument);
  const set = (patch: Partial<TicketState>) => setState((s) => ({ ...s, ...patch }));
  const crossCurrency = instrument.currency !== account.currency;
  const tradable = instrument.tradable && instrument.enabled && !crossCurrency;

  const wanted = useDebouncedValue(built.request, 300);
  const preview = useQuery({
    queryKey: ['trading', 'account', account.id, 'preview', wanted],
    queryFn: () => previewOrder(account.id, wanted!),
    enabled: !!wanted && tradable,
    retry: false,
    staleTime: 2000,
  });
  const serverErrors = preview.error instanceof ApiError ? preview.error.fieldErrors : {};
  const previewProblem = preview.error && Object.keys(serverErrors).length === 0 ? errorMessage(t, preview.error) : null;
  const [touched, setTouched] = useState(false);
  // Missing fields are flagged once the trader tries to send; malformed values and the server's findings at once.
  const fieldError = (field: string) => {
    const local = built.errors[field as keyof typeof built.errors];
    if (local && (touched || local !== 'required')) return t(`trade.ticket.error.${local}`);
    return serverErrors[field];
  };

  const price = quote ? (state.side === 'BUY' ? quote.ask : quote.bid) : undefined;
  const setQty = (value: number) => set({ qty: inputNumber(value) });
  const bpPresets = [0.25, 0.5, 1].map((fraction) => ({ fraction, qty: price ? quantityForBuyingPower(account.buyingPower, price, fraction, instrument.fractional) : 0 }));

  const submit = async (request: OrderRequest, key: string) => {
    try {
      const order: Order = await place.mutateAsync({ body: request, key });
      const text = summary(order, (v) => m.price(v, decimals));
      if (order.status === 'FILLED') toast.success(t('trade.toast.filled', { order: text, price: m.price(order.avgFillPrice, decimals) }));
      else toast.info(t('trade.toast.placed', { order: text, status: t(`trade.status.${order.status}`) }));
      setConfirming(null);
    } catch (error) {
      toast.error(errorMessage(t, error));
      setConfirming(null);
    }
  };

  const review = (request: OrderRequest | null) => {
    setTouched(true);
    if (!request) return;
    const key = crypto.randomUUID();
    if (oneClick && request.type === 'MARKET' && request.orderClass === 'SIMPLE') void submit(request, key);
    else setConfirming({ request, key });
  };

  const quick = (side: 'BUY' | 'SELL') => {
    const qty = state.qty.trim() ? state.qty : inputNumber(quantityPresets(instrument)[0]!);
    const quickState: TicketState = { ...INITIAL_TICKET, side, qty };
    set({ qty });
    review(buildOrder(quickState, instrument).request);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    review(built.request);
  };

  const p = preview.data;
  const buy = state.side === 'BUY';
  return (
    <GlassCard className="min-w-0" data-testid="order-ticket">
      <CardHeader title={t('trade.ticket.title')} description={<span className="font-mono" dir="ltr">{instrument.symbol}</span>} />
      <div className="space-y-4 p-5 sm:p-6">
        <div className="grid grid-cols-2 gap-2" role="group" aria-label={t('trade.quick.label')}>
          <button type="button" onClick={() => quick('SELL')} disabled={!tradable || place.isPending} className="rounded-xl border border-loss/30 bg-loss-strong/15 px-3 py-2 text-start transition hover:bg-loss-strong/25 disabled:opacity-50" aria-label={t('trade.quick.sell')}>
            <span className="block text-[11px] font-medium uppercase tracking-[0.14em] text-[#fca5a5]">{t('trade.quick.sellShort')}</span>
            <span className="num block text-base text-fg" dir="ltr">
              {quote ? m.price(quote.bid, decimals) : '—'}
            </span>
          </button>
          <button type="button" onClick={() => quick('BUY')} disabled={!tradable || place.isPending} className="rounded-xl border border-accent/30 bg-accent/10 px-3 py-2 text-end transition hover:bg-accent/20 disabled:opacity-50" aria-label={t('trade.quick.buy')}>
            <span className="block text-[11px] font-medium uppercase tracking-[0.14em] text-[#34d399]">{t('trade.quick.buyShort')}</span>
            <span className="num block text-base text-fg" dir="ltr">
              {quote ? m.price(quote.ask, decimals) : '—'}
            </span>
          </button>
        </div>
        <label className="flex items-center gap-2 text-xs text-muted">
          <input
            type="checkbox"
            checked={oneClick}
            onChange={(e) => {
              setOneClick(e.target.checked);
              stored.set(ONE_CLICK_KEY, String(e.target.checked));
            }}
            className="size-4 accent-[#10b981]"
          />
          {t('trade.quick.oneClick')}
        </label>

        {!tradable && (
          <p role="alert" className="flex items-start gap-2 rounded-xl border border-warn/30 bg-warn/10 p-3 text-sm text-[#fcd34d]">
            <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            {crossCurrency ? t('trade.ticket.currencyMismatch', { instrument: instrument.currency, account: account.currency }) : t('trade.ticket.notTradable')}
          </p>
        )}

        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t('trade.ticket.title')}>
          <Segmented
            label={t('trade.ticket.side')}
            options={['BUY', 'SELL'] as const}
            value={state.side}
            onChange={(side) => set({ side })}
            render={(side) => t(`trade.side.${side}`)}
            className="[&>button]:flex-1"
          />
          <div className="grid grid-cols-2 gap-3">
            <Select
              label={t('trade.ticket.type')}
              value={state.type}
              onChange={(e) => {
                const type = e.target.value as TicketState['type'];
                set({ type, orderClass: classesFor(type).includes(state.orderClass) ? state.orderClass : 'SIMPLE' });
              }}
              options={ORDER_TYPES.map((type) => ({ value: type, label: t(`trade.orderType.${type}`) }))}
            />
            <Select
              label={t('trade.ticket.class')}
              value={state.orderClass}
              onChange={(e) => set({ orderClass: e.target.value as TicketState['orderClass'] })}
              options={classesFor(state.type).map((c) => ({ value: c, label: t(`trade.orderClass.${c}`) }))}
            />
          </div>
          <div>
            <Input
              label={t('trade.ticket.qty', { unit: instrument.fractional ? t('trade.ticket.units') : t('trade.ticket.shares') })}
              inputMode="decimal"
              value={state.qty}
              onChange={(e) => set({ qty: e.target.value })}
              error={fieldError('qty')}
              autoComplete="off"
              data-autofocus
            />
            <div className="mt-2 flex flex-wrap gap-1.5">
              {quantityPresets(instrument).map((q) => (
                <Chip key={q} onClick={() => setQty(q)}>
                  {m.qty(q)}
                </Chip>
              ))}
              {buy &&
                bpPresets.map(({ fraction, qty }) => (
                  <Chip key={fraction} onClick={() => qty > 0 && setQty(qty)} label={t('trade.ticket.ofBuyingPower', { percent: fraction * 100 })}>
                    {fraction === 1 ? t('trade.ticket.max') : `${fraction * 100}%`}
                  </Chip>
                ))}
              {!buy && position && position.side === 'LONG' && (
                <Chip onClick={() => setQty(position.qty)} label={t('trade.ticket.wholePosition')}>
                  {t('trade.ticket.position', { qty: m.qty(position.qty) })}
                </Chip>
              )}
            </div>
          </div>
          {(fields.limitPrice || fields.stopPrice) && (
            <div className="grid grid-cols-2 gap-3">
              {fields.stopPrice && <Input label={t('trade.ticket.stopPrice')} inputMode="decimal" value={state.stopPrice} onChange={(e) => set({ stopPrice: e.target.value })} error={fieldError('stopPrice')} autoComplete="off" />}
              {fields.limitPrice && (
                <Input
                  label={state.orderClass === 'OCO' ? t('trade.ticket.takeProfit') : t('trade.ticket.limitPrice')}
                  inputMode="decimal"
                  value={state.limitPrice}
                  onChange={(e) => set({ limitPrice: e.target.value })}
                  error={fieldError('limitPrice')}
                  autoComplete="off"
                />
              )}
            </div>
          )}
          {fields.trail && (
            <div className="grid grid-cols-[1fr_auto] items-end gap-3">
              <Input label={t('trade.ticket.trail')} inputMode="decimal" value={state.trail} onChange={(e) => set({ trail: e.target.value })} error={fieldError('trail') ?? serverErrors.trailPercent ?? serverErrors.trailPrice} autoComplete="off" />
              <Segmented label={t('trade.ticket.trailBy')} options={['percent', 'price'] as const} value={state.trailBy} onChange={(trailBy) => set({ trailBy })} render={(by) => (by === 'percent' ? '%' : account.currency)} size="sm" />
            </div>
          )}
          {(fields.takeProfit || fields.stopLoss) && (
            <div className="grid grid-cols-2 gap-3">
              {fields.takeProfit && <Input label={t('trade.ticket.takeProfit')} inputMode="decimal" value={state.takeProfit} onChange={(e) => set({ takeProfit: e.target.value })} error={fieldError('takeProfit.limitPrice')} autoComplete="off" />}
              {fields.stopLoss && <Input label={t('trade.ticket.stopLoss')} inputMode="decimal" value={state.stopLoss} onChange={(e) => set({ stopLoss: e.target.value })} error={fieldError('stopLoss.stopPrice')} autoComplete="off" />}
            </div>
          )}
          <div className="grid grid-cols-2 items-end gap-3">
            <Select label={t('trade.ticket.timeInForce')} value={state.timeInForce} onChange={(e) => set({ timeInForce: e.target.value as TicketState['timeInForce'] })} options={TIMES_IN_FORCE.map((tif) => ({ value: tif, label: t(`trade.tif.${tif}`) }))} />
            {fields.extendedHours && (
              <label className="flex h-11 items-center gap-2 text-sm text-fg/90">
                <input type="checkbox" checked={state.extendedHours} onChange={(e) => set({ extendedHours: e.target.checked })} className="size-4 accent-[#10b981]" />
                {t('trade.ticket.extendedHours')}
              </label>
            )}
          </div>

          <section aria-label={t('trade.preview.title')} aria-live="polite" className="rounded-xl border border-line bg-white/[0.02] px-4 py-3 text-sm" data-testid="order-preview">
            {p && !preview.isError ? (
              <dl>
                <Row label={t('trade.preview.price')} value={m.price(p.estimatedPrice, decimals)} />
                <Row label={t('trade.preview.notional')} value={m.money(p.estimatedNotional)} />
                <Row label={t('trade.preview.fees')} value={p.totalFees === null || p.totalFees === undefined ? '—' : `${m.money(p.totalFees)}`} />
                <Row label={t('trade.preview.cashImpact')} value={m.pnl(p.estimatedCashImpact)} strong />
                <Row label={t('trade.preview.buyingPower')} value={`${m.money(p.buyingPowerRequired)} / ${m.money(p.buyingPowerAvailable)}`} tone={p.buyingPowerRequired > p.buyingPowerAvailable ? 'text-loss' : undefined} />
                {p.rejectReason && (
                  <p role="alert" className="mt-2 flex items-start gap-2 text-xs text-loss">
                    <AlertTriangle className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                    {t(`trade.reject.${p.rejectReason}`)}
                  </p>
                )}
              </dl>
            ) : previewProblem ? (
              <p role="alert" className="text-xs text-loss">
                {previewProblem}
              </p>
            ) : (
              <p className="text-xs text-muted">{preview.isFetching ? t('trade.preview.loading') : t('trade.preview.hint')}</p>
            )}
          </section>

          <Button type="submit" size="lg" className={cn('w-full', !buy && 'from-loss-strong to-[#b91c1c] shadow-none hover:from-[#dc2626] hover:to-loss-strong')} disabled={!tradable} loading={place.isPending && !confirming}>
            {t(buy ? 'trade.ticket.reviewBuy' : 'trade.ticket.reviewSell')}
          </Button>
        </form>
      </div>

      <Dialog
        open={confirming !== null}
        onClose={() => !place.isPending && setConfirming(null)}
        title={t('trade.confirm.title')}
        description={confirming ? summary(confirming.request, (v) => m.price(v, decimals)) : undefined}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)} disabled={place.isPending}>
              {t('common.cancel')}
            </Button>
            <Button variant={confirming?.request.side === 'SELL' ? 'danger' : 'primary'} loading={place.isPending} onClick={() => confirming && void submit(confirming.request, confirming.key)} data-autofocus>
              {t(confirming?.request.side === 'SELL' ? 'trade.confirm.sell' : 'trade.confirm.buy')}
            </Button>
          </>
        }
      >
        {confirming && p && JSON.stringify(confirming.request) === JSON.stringify(wanted) ? (
          <dl className="text-sm">
            <Row label={t('trade.preview.price')} value={m.price(p.estimatedPrice, decimals)} />
            <Row label={t('trade.preview.notional')} value={m.money(p.estimatedNotional)} />
            <Row label={t('trade.preview.fees')} value={m.money(p.totalFees)} />
            <Row label={t('trade.preview.buyingPower')} value={`${m.money(p.buyingPowerRequired)} / ${m.money(p.buyingPowerAvailable)}`} />
          </dl>
        ) : (
          <p className="text-sm text-muted">{t('trade.confirm.estimate', { price: price === undefined ? '—' : m.price(price, decimals) })}</p>
        )}
      </Dialog>
    </GlassCard>
  );
}
