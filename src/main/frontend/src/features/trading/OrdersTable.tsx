import { ListOrdered } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Input } from '../../components/ui/Input';
import { Skeleton } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { Table, tdClass, thClass } from '../../components/ui/Table';
import { toast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useCancelOrder, useOrders, useReplaceOrder, type Account, type Order, type ReplaceRequest } from './api';
import { inputNumber } from './ticket';
import { listDecimals, useMoney } from './useMoney';

type Tone = 'neutral' | 'emerald' | 'champagne' | 'red' | 'amber';
export const STATUS_TONE: Record<Order['status'], Tone> = {
  NEW: 'neutral',
  ACCEPTED: 'champagne',
  HELD: 'neutral',
  PARTIALLY_FILLED: 'amber',
  FILLED: 'emerald',
  CANCELED: 'neutral',
  EXPIRED: 'neutral',
  REJECTED: 'red',
  REPLACED: 'neutral',
};

/** The order's prices in one cell: limit, stop, trail. */
export function OrderPrices({ order, currency }: { order: Order; currency: string }) {
  const { t } = useTranslation();
  const m = useMoney(currency);
  const d = (v: number | null | undefined) => m.price(v, listDecimals(order.assetClass, v));
  const parts: string[] = [];
  if (order.limitPrice !== null && order.limitPrice !== undefined) parts.push(t('trade.limitAt', { price: d(order.limitPrice) }));
  if (order.stopPrice !== null && order.stopPrice !== undefined) parts.push(t('trade.stopAt', { price: d(order.stopPrice) }));
  if (order.trailPercent !== null && order.trailPercent !== undefined) parts.push(t('trade.trailPercent', { value: order.trailPercent }));
  if (order.trailPrice !== null && order.trailPrice !== undefined) parts.push(t('trade.trailPrice', { price: d(order.trailPrice) }));
  return <>{parts.length ? parts.join(' · ') : t('trade.orderType.MARKET')}</>;
}

type ModifyField = 'qty' | 'limitPrice' | 'stopPrice' | 'trailPrice' | 'trailPercent';

function ModifyDialog({ account, order, onClose }: { account: Account; order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const replace = useReplaceOrder(account.id);
  const editable: ModifyField[] = ['qty', ...(['limitPrice', 'stopPrice', 'trailPrice', 'trailPercent'] as const).filter((f) => order[f] !== null && order[f] !== undefined)];
  const [values, setValues] = useState<Record<ModifyField, string>>(() => ({
    qty: inputNumber(order.qty - order.filledQty),
    limitPrice: order.limitPrice === null || order.limitPrice === undefined ? '' : inputNumber(order.limitPrice),
    stopPrice: order.stopPrice === null || order.stopPrice === undefined ? '' : inputNumber(order.stopPrice),
    trailPrice: order.trailPrice === null || order.trailPrice === undefined ? '' : inputNumber(order.trailPrice),
    trailPercent: order.trailPercent === null || order.trailPercent === undefined ? '' : inputNumber(order.trailPercent),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const body: ReplaceRequest = {};
    const local: Record<string, string> = {};
    for (const field of editable) {
      const value = Number(values[field].replace(',', '.'));
      if (!(value > 0)) local[field] = t('trade.ticket.error.positive');
      else body[field] = value;
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await replace.mutateAsync({ orderId: order.id, body });
      toast.success(t('trade.orders.modified', { symbol: order.symbol }));
      onClose();
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) toast.error(errorMessage(t, error));
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('trade.orders.modifyTitle', { symbol: order.symbol })}
      description={t('trade.orders.modifyBody')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={replace.isPending}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={replace.isPending}>
            {t('trade.orders.replace')}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        {editable.map((field, i) => (
          <Input
            key={field}
            label={t(`trade.orders.field.${field}`)}
            inputMode="decimal"
            value={values[field]}
            onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            error={errors[field]}
            autoComplete="off"
            data-autofocus={i === 0 ? true : undefined}
          />
        ))}
      </div>
    </Dialog>
  );
}

/** Working orders (accepted, held, partially filled) with modify and cancel. */
export function OpenOrdersTable({ account, onSymbol }: { account: Account; onSymbol: (symbol: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const m = useMoney(account.currency);
  const orders = useOrders(account.id, { status: 'open', size: 100 });
  const cancel = useCancelOrder(account.id);
  const [modifying, setModifying] = useState<Order | null>(null);

  if (orders.isPending) return <Skeleton className="m-5 h-24" />;
  if (orders.isError) return <ErrorState message={errorMessage(t, orders.error)} onRetry={() => void orders.refetch()} />;
  if (orders.data.items.length === 0) return <EmptyState icon={<ListOrdered className="size-5" aria-hidden="true" />} title={t('trade.orders.emptyTitle')} description={t('trade.orders.emptyBody')} />;

  return (
    <>
      <Table label={t('trade.orders.title')}>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={thClass}>{t('trade.col.symbol')}</th>
            <th scope="col" className={thClass}>{t('trade.col.order')}</th>
            <th scope="col" className={thClass}>{t('trade.col.prices')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.filled')}</th>
            <th scope="col" className={thClass}>{t('trade.col.status')}</th>
            <th scope="col" className={thClass}>{t('trade.col.placed')}</th>
            <th scope="col" className={`${thClass} text-end`}><span className="sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {orders.data.items.map((o) => (
            <tr key={o.id} className="border-b border-line/60 last:border-0 hover:bg-white/[0.02]" data-testid="open-order">
              <td className={tdClass}>
                <button type="button" onClick={() => onSymbol(o.symbol)} className="rounded font-mono font-semibold text-fg hover:text-accent" dir="ltr">
                  {o.symbol}
                </button>
              </td>
              <td className={tdClass}>
                <span className={o.side === 'BUY' ? 'text-gain' : 'text-loss'}>{t(`trade.side.${o.side}`)}</span> {t(`trade.orderType.${o.type}`)}
                {o.leg && <span className="ms-1.5 text-xs text-subtle">{t(`trade.leg.${o.leg as 'ENTRY' | 'TAKE_PROFIT' | 'STOP_LOSS'}`)}</span>}
                <span className="block text-xs text-subtle">
                  {o.timeInForce}
                  {o.orderClass !== 'SIMPLE' && ` · ${t(`trade.orderClass.${o.orderClass}`)}`}
                  {o.extendedHours && ` · ${t('trade.ticket.extendedHours')}`}
                </span>
              </td>
              <td className={`${tdClass} num text-start`} dir="ltr">
                <OrderPrices order={o} currency={account.currency} />
              </td>
              <td className={`${tdClass} num text-end`} dir="ltr">
                {m.qty(o.filledQty)} / {m.qty(o.qty)}
              </td>
              <td className={tdClass}>
                <Badge tone={STATUS_TONE[o.status]}>{t(`trade.status.${o.status}`)}</Badge>
              </td>
              <td className={`${tdClass} whitespace-nowrap text-muted`}>{format.dateTime(o.createdAt)}</td>
              <td className={`${tdClass} text-end`}>
                <div className="flex justify-end gap-1.5">
                  {o.orderClass === 'SIMPLE' && o.status !== 'HELD' && (
                    <Button variant="ghost" size="sm" onClick={() => setModifying(o)} aria-label={t('trade.orders.modifyOrder', { symbol: o.symbol })}>
                      {t('trade.orders.modify')}
                    </Button>
                  )}
                  <Button
                    variant="secondary"
                    size="sm"
                    loading={cancel.isPending && cancel.variables === o.id}
                    aria-label={t('trade.orders.cancelOrder', { symbol: o.symbol })}
                    onClick={async () => {
                      try {
                        await cancel.mutateAsync(o.id);
                        toast.success(t('trade.orders.canceled', { symbol: o.symbol }));
                      } catch (error) {
                        toast.error(errorMessage(t, error));
                      }
                    }}
                  >
                    {t('trade.orders.cancel')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {modifying && <ModifyDialog account={account} order={modifying} onClose={() => setModifying(null)} />}
    </>
  );
}
