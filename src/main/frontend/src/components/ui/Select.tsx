import { ChevronDown } from 'lucide-react';
import { useId, type SelectHTMLAttributes } from 'react';
import { cn } from '../../lib/cn';
import { fieldClass } from './Input';

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hideLabel?: boolean;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export function Select({ label, hideLabel, options, className, id, ...rest }: SelectProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={selectId} className={cn('block text-sm font-medium text-fg/90', hideLabel && 'sr-only')}>
        {label}
      </label>
      <div className="relative">
        <select id={selectId} className={cn(fieldClass, 'appearance-none pe-9')} {...rest}>
          {options.map((option) => (
            <option key={option.value} value={option.value} className="bg-surface-2">
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown className="pointer-events-none absolute end-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
      </div>
    </div>
  );
}
