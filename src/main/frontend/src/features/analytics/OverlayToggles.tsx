import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

/** A row of on/off chips (toggle buttons with aria-pressed) under a visible group label. */
export function ToggleChips<T extends string>({ label, options, value, onToggle, render, swatch }: { label: string; options: readonly T[]; value: ReadonlySet<T>; onToggle: (option: T) => void; render: (option: T) => ReactNode; swatch?: (option: T) => string | undefined }) {
  return (
    <div role="group" aria-label={label} className="-mx-1 flex items-center gap-1.5 overflow-x-auto px-1 sm:flex-wrap">
      <span aria-hidden="true" className="me-1 shrink-0 text-[11px] font-medium uppercase tracking-[0.14em] text-subtle">
        {label}
      </span>
      {options.map((option) => {
        const on = value.has(option);
        const color = swatch?.(option);
        return (
          <button
            key={option}
            type="button"
            aria-pressed={on}
            onClick={() => onToggle(option)}
            className={cn(
              'inline-flex h-7 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-full border px-2.5 text-xs font-medium transition',
              on ? 'border-champagne/40 bg-champagne/10 text-fg' : 'border-line text-muted hover:border-line-strong hover:text-fg',
            )}
          >
            {color && <span aria-hidden="true" className={cn('size-2 rounded-full', !on && 'opacity-40')} style={{ background: color }} />}
            {render(option)}
          </button>
        );
      })}
    </div>
  );
}
