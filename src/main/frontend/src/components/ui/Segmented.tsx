import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from '../../lib/cn';

interface SegmentedProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (next: T) => void;
  render: (option: T) => ReactNode;
  size?: 'sm' | 'md';
  className?: string;
  /** Mono labels for codes such as timeframes. */
  mono?: boolean;
}

/** A segmented control (radio group): arrow keys (mirrored in RTL), Home and End move the choice, Tab leaves it. */
export function Segmented<T extends string>({ label, options, value, onChange, render, size = 'md', className, mono }: SegmentedProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (event.key === forward || event.key === 'ArrowDown') next = (index + 1) % options.length;
    else if (event.key === backward || event.key === 'ArrowUp') next = (index - 1 + options.length) % options.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    const option = options[next];
    if (option === undefined) return;
    event.preventDefault();
    onChange(option);
    refs.current[next]?.focus();
  };

  return (
    <div role="radiogroup" aria-label={label} className={cn('flex max-w-full gap-1 overflow-x-auto rounded-xl border border-line-strong bg-onyx/60 p-1', className)}>
      {options.map((option, index) => {
        const checked = option === value;
        return (
          <button
            key={option}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            onClick={() => onChange(option)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={cn(
              'shrink-0 whitespace-nowrap rounded-lg font-medium transition',
              size === 'sm' ? 'h-7 px-2.5 text-xs' : 'h-9 px-3 text-sm',
              mono && 'font-mono',
              checked ? 'bg-accent/15 text-fg shadow-[0_0_0_1px_rgb(16_185_129/0.35)_inset]' : 'text-muted hover:bg-white/[0.06] hover:text-fg',
            )}
          >
            {render(option)}
          </button>
        );
      })}
    </div>
  );
}
