import { Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button';
import { toast } from '../../components/ui/toast';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { useWatchlist, useWatchlistToggle } from './api';
import { quoteSymbol } from './marketFormat';

/** Adds the instrument to the watchlist or takes it off; a toggle button (aria-pressed). */
export function WatchToggle({ symbol, className }: { symbol: string; className?: string }) {
  const { t } = useTranslation();
  const watchlist = useWatchlist();
  const toggle = useWatchlistToggle();
  const watched = !!watchlist.data?.items.some((item) => quoteSymbol(item.symbol) === quoteSymbol(symbol));
  const onClick = () =>
    toggle.mutate(
      { symbol, watched: !watched },
      {
        onSuccess: () => toast.success(t(watched ? 'watchlist.removed' : 'watchlist.added', { symbol })),
        onError: (error) => toast.error(errorMessage(t, error)),
      },
    );
  return (
    <Button variant={watched ? 'champagne' : 'secondary'} className={className} aria-pressed={watched} onClick={onClick} loading={toggle.isPending} disabled={watchlist.isPending}>
      <Star className={cn('size-4', watched && 'fill-current')} aria-hidden="true" />
      {t(watched ? 'watchlist.watching' : 'watchlist.watch')}
    </Button>
  );
}
