import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Input } from '../../components/ui/Input';
import { Segmented } from '../../components/ui/Segmented';
import { toast } from '../../components/ui/toast';
import { useReportError } from '../../lib/errors';
import { useOpenAccount, type Account, type OpenAccountRequest } from './api';

const BALANCES = [10_000, 25_000, 100_000];
const FIELDS = ['name', 'type', 'currency', 'startingBalance'] as const;

/** Opens a practice account: name, CASH or MARGIN, USD or MAD, and the starting balance. */
export function OpenAccountDialog({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (account: Account) => void }) {
  const { t, i18n } = useTranslation();
  const openAccount = useOpenAccount();
  const report = useReportError();
  const [name, setName] = useState(() => t('trade.open.defaultName'));
  const [type, setType] = useState<OpenAccountRequest['type']>('CASH');
  const [currency, setCurrency] = useState<'USD' | 'MAD'>('USD');
  const [balance, setBalance] = useState('100000');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // One key per dialog opening: a double submit opens one account.
  const [key] = useState(() => crypto.randomUUID());
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, maximumFractionDigits: 0 });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startingBalance = Number(balance.replace(/[\s,]/g, ''));
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('validation.required');
    if (!(startingBalance > 0)) local.startingBalance = t('trade.ticket.error.positive');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const account = await openAccount.mutateAsync({ body: { name: name.trim(), type, currency, startingBalance }, key });
      toast.success(t('trade.open.opened', { name: account.name }));
      onOpened(account);
    } catch (error) {
      setErrors(report(error, FIELDS));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('trade.open.title')} description={t('trade.open.body')}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <Input label={t('trade.open.name')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={60} data-autofocus />
        <div className="grid grid-cols-2 gap-3">
          <div>
            <p className="mb-1.5 text-sm font-medium text-fg/90" aria-hidden="true">{t('trade.open.type')}</p>
            <Segmented label={t('trade.open.type')} options={['CASH', 'MARGIN'] as const} value={type} onChange={setType} render={(v) => t(`trade.type.${v}`)} className="[&>button]:flex-1" />
          </div>
          <div>
            <p className="mb-1.5 text-sm font-medium text-fg/90" aria-hidden="true">{t('trade.open.currency')}</p>
            <Segmented label={t('trade.open.currency')} options={['USD', 'MAD'] as const} value={currency} onChange={setCurrency} render={(v) => v} className="[&>button]:flex-1" mono />
          </div>
        </div>
        <p className="text-xs text-muted">{t(type === 'MARGIN' ? 'trade.open.marginHint' : 'trade.open.cashHint')}</p>
        <div>
          <Input label={t('trade.open.balance')} inputMode="decimal" value={balance} onChange={(e) => setBalance(e.target.value)} error={errors.startingBalance} />
          <div className="mt-2 flex gap-1.5">
            {BALANCES.map((b) => (
              <button key={b} type="button" onClick={() => setBalance(String(b))} className="num h-7 rounded-lg border border-line-strong bg-white/[0.03] px-2.5 text-xs text-muted hover:text-fg" dir="ltr">
                {money.format(b)}
              </button>
            ))}
          </div>
        </div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={openAccount.isPending}>
            {t('trade.open.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
