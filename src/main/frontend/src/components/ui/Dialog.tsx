import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { Button } from './Button';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** "sheet" slides up from the bottom on small screens. */
  variant?: 'center' | 'sheet';
}

/** Modal on the native <dialog>: focus is trapped, Esc and a click on the backdrop close it. */
export function Dialog({ open, onClose, title, description, children, footer, className, variant = 'center' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); prefer a marked field.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className={cn(
        'glass m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl p-0 text-fg shadow-lift backdrop:bg-black/60 backdrop:backdrop-blur-sm open:animate-enter',
        variant === 'sheet' && 'max-md:mb-0 max-md:w-full max-md:max-w-none max-md:rounded-b-none',
        className,
      )}
    >
      {open && (
        <div className="p-6">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 className="text-xl font-semibold">{title}</h2>
              {description && <div className="mt-1.5 text-sm text-muted">{description}</div>}
            </div>
            <button type="button" onClick={onClose} className="-m-1 rounded-lg p-1.5 text-muted hover:bg-white/[0.06] hover:text-fg" aria-label={t('common.close')}>
              <X className="size-4" aria-hidden="true" />
            </button>
          </div>
          {children && <div className="mt-5">{children}</div>}
          {footer && <div className="mt-6 flex flex-wrap justify-end gap-2">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
}

export function ConfirmDialog({ open, title, description, confirmLabel, onConfirm, onClose, loading }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </>
      }
    />
  );
}
