import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cn } from '../../lib/cn';

export const fieldClass =
  'h-11 w-full rounded-xl border border-line-strong bg-onyx/60 px-3.5 text-[15px] text-fg placeholder:text-subtle transition focus:border-accent/70 focus:bg-onyx focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-0 aria-[invalid=true]:border-loss/70';

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  error?: string;
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function Input({ label, hint, error, trailing, className, id, 'aria-describedby': describedByProp, ...rest }: InputProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [describedByProp, hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-fg/90">
        {label}
      </label>
      <div className="relative">
        <input
          id={inputId}
          className={cn(fieldClass, trailing ? 'pe-11' : undefined)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...rest}
        />
        {trailing && <div className="absolute inset-y-0 end-0 flex items-center pe-1.5">{trailing}</div>}
      </div>
      {hint && !error && (
        <div id={`${inputId}-hint`} className="text-xs text-muted">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${inputId}-error`} className="text-xs text-loss" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
