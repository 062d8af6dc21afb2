import { Layers } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Input } from '../../components/ui/Input';
import { Skeleton } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { Table, tdClass, thClass } from '../../components/ui/Table';
import { toast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/errors';
import { changeTone, quoteSymbol } from '../markets/marketFormat';
import { useCloseAll, useClosePosition, usePositions, type Account, type Position } from './api';
import { inputNumber } from './ticket';
import { listDecimals, useMoney } from './useMoney';

function CloseDialog({ account, position, onClose }: { account: Account; position: Position; onClose: () => void }) {
  const { t } = useTranslation();
  const m = useMoney(account.currency);
  const close = useClosePosition(account.id);
  const [qty, setQty] = useState(inputNumber(position.qty));
  const value = Number(qty.replace(',', '.'));
  const invalid = !(value > 0) || value > position.qty;
  const submit = async () => {
    try {
      const all = value === position.qty;
      const order = await close.mutateAsync({ symbol: position.symbol, qty: all ? undefined : value });
      toast.success(t('trade.positions.closed', { qty: m.qty(order.filledQty), symbol: position.symbol, price: m.price(order.avgFillPrice, listDecimals(position.assetClass, order.avgFillPrice)) }));
      onClose();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('trade.positions.closeTitle', { symbol: position.symbol })}
      description={t('trade.positions.closeBody', { qty: m.qty(position.qty), side: t(`trade.positionSide.${position.side}`) })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={close.isPending}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={() => void submit()} loading={close.isPending} disabled={invalid}>
            {value === position.qty ? t('trade.positions.closeAllQty') : t('trade.positions.closePart', { qty: m.qty(value) })}
          </Button>
        </>
      }
    >
      <Input label={t('trade.positions.qtyToClose')} inputMode="decimal" value={qty} onChange={(e) => setQty(e.target.value)} error={qty && invalid ? t('trade.positions.qtyRange', { max: m.qty(position.qty) }) : undefined} data-autofocus autoComplete="off" />
      <div className="mt-2 flex gap-1.5">
        {[0.25, 0.5, 1].map((f) => (
          <button key={f} type="button" onClick={() => setQty(inputNumber(position.qty * f))} className="h-7 rounded-lg border border-line-strong bg-white/[0.03] px-2.5 text-xs text-muted hover:text-fg">
            {f * 100}%
          </button>
        ))}
      </div>
    </Dialog>
  );
}

/** Open positions at the latest price (the account stream refreshes them every second), with close and partial close. */
export function PositionsTable({ account, onSymbol }: { account: Account; onSymbol: (symbol: string) => void }) {
  const { t } = useTranslation();
  const m = useMoney(account.currency);
  const positions = usePositions(account.id);
  const closeAll = useCloseAll(account.id);
  const [closing, setClosing] = useState<Position | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);

  if (positions.isPending) return <Skeleton className="m-5 h-24" />;
  if (positions.isError) return <ErrorState message={errorMessage(t, positions.error)} onRetry={() => void positions.refetch()} />;
  if (positions.data.length === 0) return <EmptyState icon={<Layers className="size-5" aria-hidden="true" />} title={t('trade.positions.emptyTitle')} description={t('trade.positions.emptyBody')} />;

  return (
    <>
      <div className="flex justify-end px-5 pt-4 sm:px-6">
        <Button variant="ghost" size="sm" onClick={() => setConfirmAll(true)}>
          {t('trade.positions.closeAll')}
        </Button>
      </div>
      <Table label={t('trade.positions.title')}>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={thClass}>{t('trade.col.symbol')}</th>
            <th scope="col" className={thClass}>{t('trade.col.side')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.qty')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.avgEntry')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.price')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.marketValue')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.unrealized')}</th>
            <th scope="col" className={`${thClass} text-end`}>{t('trade.col.dayPnl')}</th>
            <th scope="col" className={`${thClass} text-end`}><span className="sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {positions.data.map((p) => (
            <tr key={p.symbol} className="border-b border-line/60 last:border-0 hover:bg-white/[0.02]" data-testid={`position-${quoteSymbol(p.symbol)}`}>
              <td className={tdClass}>
                <button type="button" onClick={() => onSymbol(p.symbol)} className="whitespace-nowrap rounded font-mono font-semibold text-fg hover:text-accent" dir="ltr">
                  {p.symbol}
                </button>
              </td>
              <td className={tdClass}>
                <Badge tone={p.side === 'LONG' ? 'emerald' : 'red'}>{t(`trade.positionSide.${p.side}`)}</Badge>
              </td>
              <td className={`${tdClass} num text-end`} dir="ltr">{m.qty(p.qty)}</td>
              <td className={`${tdClass} num text-end`} dir="ltr">{m.price(p.avgEntryPrice, listDecimals(p.assetClass, p.avgEntryPrice))}</td>
              <td className={`${tdClass} num text-end`} dir="ltr">{m.price(p.currentPrice, listDecimals(p.assetClass, p.currentPrice))}</td>
              <td className={`${tdClass} num text-end`} dir="ltr">{m.money(p.marketValue)}</td>
              <td className={`${tdClass} num text-end ${changeTone(p.unrealizedPnl)}`} dir="ltr" data-testid="position-unrealized">
                {m.pnl(p.unrealizedPnl)}
                <span className="block text-xs opacity-80">{m.percent(p.unrealizedPnlPercent)}</span>
              </td>
              <td className={`${tdClass} num text-end ${changeTone(p.dayPnl)}`} dir="ltr">{m.pnl(p.dayPnl)}</td>
              <td className={`${tdClass} text-end`}>
                <div className="flex justify-end gap-1.5">
                  <Link to={`/markets/${quoteSymbol(p.symbol)}`} className="inline-flex h-8 items-center rounded-xl px-2 text-xs text-muted hover:text-fg">
                    {t('trade.positions.chart')}
                  </Link>
                  <Button variant="secondary" size="sm" onClick={() => setClosing(p)} aria-label={t('trade.positions.closeSymbol', { symbol: p.symbol })}>
                    {t('trade.positions.close')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {closing && <CloseDialog account={account} position={closing} onClose={() => setClosing(null)} />}
      <Dialog
        open={confirmAll}
        onClose={() => setConfirmAll(false)}
        title={t('trade.positions.closeAllTitle')}
        description={t('trade.positions.closeAllBody', { count: positions.data.length })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirmAll(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={closeAll.isPending}
              onClick={async () => {
                try {
                  const orders = await closeAll.mutateAsync();
                  const rejected = orders.filter((o) => o.status === 'REJECTED').length;
                  if (rejected > 0) toast.error(t('trade.positions.someRejected', { count: rejected }));
                  else toast.success(t('trade.positions.allClosed'));
                } catch (error) {
                  toast.error(errorMessage(t, error));
                }
                setConfirmAll(false);
              }}
            >
              {t('trade.positions.closeAll')}
            </Button>
          </>
        }
      />
    </>
  );
}
