import { ChevronLeft, ChevronRight, Download, History } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Segmented } from '../../components/ui/Segmented';
import { Skeleton } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { Table, tdClass, thClass } from '../../components/ui/Table';
import { toast } from '../../components/ui/toast';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { changeTone } from '../markets/marketFormat';
import { fetchAllPages, fetchFills, fetchOrders, fetchTrades, useFills, useOrders, useTrades, type Account } from './api';
import { OrderPrices, STATUS_TONE } from './OrdersTable';
import { symbolDecimals, useMoney } from './useMoney';

const VIEWS = ['trades', 'orders', 'fills'] as const;
type View = (typeof VIEWS)[number];
const PAGE = 25;

function Pager({ page, totalPages, onPage }: { page: number; totalPages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (totalPages <= 1) return null;
  return (
    <div className="flex items-center justify-end gap-2 border-t border-line px-5 py-3 sm:px-6">
      <p className="num text-sm text-muted">{t('audit.pageOf', { page: format.number(page + 1), pages: format.number(totalPages) })}</p>
      <Button variant="secondary" size="sm" disabled={page <= 0} onClick={() => onPage(page - 1)} aria-label={t('audit.prev')}>
        <ChevronLeft className="size-4 rtl:-scale-x-100" aria-hidden="true" />
      </Button>
      <Button variant="secondary" size="sm" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)} aria-label={t('audit.next')}>
        <ChevronRight className="size-4 rtl:-scale-x-100" aria-hidden="true" />
      </Button>
    </div>
  );
}

function Loaded<T extends { items: unknown[]; totalPages: number }>({ query, empty, children, page, onPage }: { query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown }; empty: string; children: (data: T) => ReactNode; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton className="m-5 h-24" />;
  if (query.isError || !query.data) return <ErrorState message={errorMessage(t, query.error)} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState icon={<History className="size-5" aria-hidden="true" />} title={empty} description={t('trade.history.emptyBody')} />;
  return (
    <>
      {children(query.data)}
      <Pager page={page} totalPages={query.data.totalPages} onPage={onPage} />
    </>
  );
}

const th = (label: string, end = false) => (
  <th scope="col" className={`${thClass}${end ? ' text-end' : ''}`}>
    {label}
  </th>
);

/** Closed trades with their realized P&L, the order history and every fill, each exportable to CSV. */
export function HistoryPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const m = useMoney(account.currency);
  const [view, setView] = useState<View>('trades');
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState(false);
  const trades = useTrades(view === 'trades' ? account.id : undefined, { page, size: PAGE });
  const orders = useOrders(view === 'orders' ? account.id : undefined, { status: 'closed', page, size: PAGE });
  const fills = useFills(view === 'fills' ? account.id : undefined, { page, size: PAGE });

  const exportCsv = async () => {
    setExporting(true);
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `${account.name.replace(/[^\w-]+/g, '-')}-${view}-${stamp}.csv`;
      if (view === 'trades') {
        const rows = await fetchAllPages((p) => fetchTrades(account.id, { page: p, size: 200 }));
        downloadCsv(name, toCsv(['symbol', 'side', 'qty', 'avgEntryPrice', 'avgExitPrice', 'realizedPnl', 'fees', 'netPnl', 'currency', 'openedAt', 'closedAt'], rows.map((r) => [r.symbol, r.side, r.qty, r.avgEntryPrice, r.avgExitPrice, r.realizedPnl, r.fees, r.netPnl, r.currency, r.openedAt, r.closedAt])));
      } else if (view === 'orders') {
        const rows = await fetchAllPages((p) => fetchOrders(account.id, { status: 'all', page: p, size: 200 }));
        downloadCsv(name, toCsv(['id', 'clientOrderId', 'symbol', 'side', 'type', 'orderClass', 'leg', 'timeInForce', 'qty', 'filledQty', 'avgFillPrice', 'limitPrice', 'stopPrice', 'trailPrice', 'trailPercent', 'status', 'rejectReason', 'createdAt', 'filledAt'], rows.map((o) => [o.id, o.clientOrderId, o.symbol, o.side, o.type, o.orderClass, o.leg, o.timeInForce, o.qty, o.filledQty, o.avgFillPrice, o.limitPrice, o.stopPrice, o.trailPrice, o.trailPercent, o.status, o.rejectReason, o.createdAt, o.filledAt])));
      } else {
        const rows = await fetchAllPages((p) => fetchFills(account.id, { page: p, size: 200 }));
        downloadCsv(name, toCsv(['id', 'orderId', 'symbol', 'side', 'qty', 'price', 'notional', 'commission', 'regulatoryFee', 'filledAt'], rows.map((f) => [f.id, f.orderId, f.symbol, f.side, f.qty, f.price, f.notional, f.commission, f.regulatoryFee, f.filledAt])));
      }
    } catch (error) {
      toast.error(errorMessage(t, error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3 px-5 pt-4 sm:px-6">
        <Segmented
          label={t('trade.history.view')}
          options={VIEWS}
          value={view}
          onChange={(next) => {
            setView(next);
            setPage(0);
          }}
          render={(v) => t(`trade.history.${v}`)}
          size="sm"
        />
        <Button variant="secondary" size="sm" onClick={() => void exportCsv()} loading={exporting}>
          <Download className="size-3.5" aria-hidden="true" />
          {t('common.exportCsv')}
        </Button>
      </div>
      {view === 'trades' && (
        <Loaded query={trades} empty={t('trade.history.noTrades')} page={page} onPage={setPage}>
          {(data) => (
            <Table label={t('trade.history.trades')}>
              <thead>
                <tr className="border-b border-line">
                  {th(t('trade.col.symbol'))}
                  {th(t('trade.col.side'))}
                  {th(t('trade.col.qty'), true)}
                  {th(t('trade.col.avgEntry'), true)}
                  {th(t('trade.col.avgExit'), true)}
                  {th(t('trade.col.realized'), true)}
                  {th(t('trade.col.fees'), true)}
                  {th(t('trade.col.net'), true)}
                  {th(t('trade.col.closed'))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={`${r.symbol}-${r.closedAt}`} className="border-b border-line/60 last:border-0" data-testid="closed-trade">
                    <td className={`${tdClass} font-mono font-semibold`} dir="ltr">{r.symbol}</td>
                    <td className={tdClass}>
                      <Badge tone={r.side === 'LONG' ? 'emerald' : 'red'}>{t(`trade.positionSide.${r.side}`)}</Badge>
                    </td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.qty(r.qty)}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.price(r.avgEntryPrice, symbolDecimals(r.symbol, r.avgEntryPrice))}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.price(r.avgExitPrice, symbolDecimals(r.symbol, r.avgExitPrice))}</td>
                    <td className={`${tdClass} num text-end ${changeTone(r.realizedPnl)}`} dir="ltr" data-testid="trade-realized">{m.pnl(r.realizedPnl)}</td>
                    <td className={`${tdClass} num text-end text-muted`} dir="ltr">{m.money(r.fees)}</td>
                    <td className={`${tdClass} num text-end font-medium ${changeTone(r.netPnl)}`} dir="ltr">{m.pnl(r.netPnl)}</td>
                    <td className={`${tdClass} whitespace-nowrap text-muted`}>{format.dateTime(r.closedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Loaded>
      )}
      {view === 'orders' && (
        <Loaded query={orders} empty={t('trade.history.noOrders')} page={page} onPage={setPage}>
          {(data) => (
            <Table label={t('trade.history.orders')}>
              <thead>
                <tr className="border-b border-line">
                  {th(t('trade.col.symbol'))}
                  {th(t('trade.col.order'))}
                  {th(t('trade.col.prices'))}
                  {th(t('trade.col.filled'), true)}
                  {th(t('trade.col.avgFill'), true)}
                  {th(t('trade.col.status'))}
                  {th(t('trade.col.placed'))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((o) => (
                  <tr key={o.id} className="border-b border-line/60 last:border-0" data-testid="history-order">
                    <td className={`${tdClass} font-mono font-semibold`} dir="ltr">{o.symbol}</td>
                    <td className={tdClass}>
                      <span className={o.side === 'BUY' ? 'text-gain' : 'text-loss'}>{t(`trade.side.${o.side}`)}</span> {t(`trade.orderType.${o.type}`)}
                      <span className="block text-xs text-subtle">{o.timeInForce}</span>
                    </td>
                    <td className={`${tdClass} num text-start`} dir="ltr"><OrderPrices order={o} currency={account.currency} /></td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.qty(o.filledQty)} / {m.qty(o.qty)}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.price(o.avgFillPrice, symbolDecimals(o.symbol, o.avgFillPrice))}</td>
                    <td className={tdClass}>
                      <Badge tone={STATUS_TONE[o.status]}>{t(`trade.status.${o.status}`)}</Badge>
                      {o.rejectReason && <span className="mt-1 block text-xs text-loss">{t(`trade.reject.${o.rejectReason}`)}</span>}
                    </td>
                    <td className={`${tdClass} whitespace-nowrap text-muted`}>{format.dateTime(o.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Loaded>
      )}
      {view === 'fills' && (
        <Loaded query={fills} empty={t('trade.history.noFills')} page={page} onPage={setPage}>
          {(data) => (
            <Table label={t('trade.history.fills')}>
              <thead>
                <tr className="border-b border-line">
                  {th(t('trade.col.symbol'))}
                  {th(t('trade.col.side'))}
                  {th(t('trade.col.qty'), true)}
                  {th(t('trade.col.price'), true)}
                  {th(t('trade.col.notional'), true)}
                  {th(t('trade.col.fees'), true)}
                  {th(t('trade.col.time'))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((f) => (
                  <tr key={f.id} className="border-b border-line/60 last:border-0" data-testid="fill">
                    <td className={`${tdClass} font-mono font-semibold`} dir="ltr">{f.symbol}</td>
                    <td className={`${tdClass} ${f.side === 'BUY' ? 'text-gain' : 'text-loss'}`}>{t(`trade.side.${f.side}`)}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.qty(f.qty)}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.price(f.price, symbolDecimals(f.symbol, f.price))}</td>
                    <td className={`${tdClass} num text-end`} dir="ltr">{m.money(f.notional)}</td>
                    <td className={`${tdClass} num text-end text-muted`} dir="ltr">{m.money(f.commission + f.regulatoryFee)}</td>
                    <td className={`${tdClass} whitespace-nowrap text-muted`}>{format.dateTime(f.filledAt)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Loaded>
      )}
    </>
  );
}
