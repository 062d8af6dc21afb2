import { CheckCircle2, Info, X, XCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { dismissToast, useToasts, type ToastTone } from './toast';

const icons: Record<ToastTone, typeof Info> = { success: CheckCircle2, error: XCircle, info: Info };
const iconTone: Record<ToastTone, string> = { success: 'text-accent', error: 'text-loss', info: 'text-champagne' };

export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToasts();
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-20 z-[60] flex flex-col items-center gap-2 px-4 md:bottom-auto md:top-4 md:items-end md:pe-6"
    >
      {toasts.map((item) => {
        const Icon = icons[item.tone];
        return (
          <div
            key={item.id}
            role={item.tone === 'error' ? 'alert' : 'status'}
            className="glass pointer-events-auto flex w-full max-w-sm animate-toast items-start gap-3 rounded-xl px-4 py-3 text-sm shadow-lift"
          >
            <Icon className={cn('mt-0.5 size-4 shrink-0', iconTone[item.tone])} aria-hidden="true" />
            <p className="flex-1 text-fg">{item.message}</p>
            <button
              type="button"
              onClick={() => dismissToast(item.id)}
              className="-m-1 rounded-md p-1 text-muted hover:text-fg"
              aria-label={t('common.dismiss')}
            >
              <X className="size-3.5" aria-hidden="true" />
            </button>
          </div>
        );
      })}
    </div>
  );
}
