import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import type { ConnectionState } from './stream/connection';

const dot: Record<ConnectionState, string> = {
  idle: 'bg-subtle',
  connecting: 'bg-champagne animate-pulse',
  live: 'bg-gain shadow-[0_0_0_3px_rgb(16_185_129/0.18)]',
  reconnecting: 'bg-warn animate-pulse',
  offline: 'bg-loss',
};

/** The live feed's state as a dot with a short label (the label hides on small screens, the dot keeps its name). */
export function LiveIndicator({ state, className, compact }: { state: ConnectionState; className?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(`stream.state.${state}`);
  return (
    <span role="status" data-testid="stream-state" data-state={state} title={t(`stream.hint.${state}`)} className={cn('inline-flex items-center gap-1.5 text-xs font-medium text-muted', className)}>
      <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full transition-colors', dot[state])} />
      <span className={cn(compact && 'sr-only sm:not-sr-only')}>{label}</span>
    </span>
  );
}
