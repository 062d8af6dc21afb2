import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { ASSET_CLASSES, type AssetClass } from './api';

type Option = AssetClass | 'ALL';
const OPTIONS: Option[] = ['ALL', ...ASSET_CLASSES];

/** A segmented control (radio group): arrow keys move between options, Tab leaves the group. */
export function AssetClassFilter({ value, onChange }: { value: AssetClass | undefined; onChange: (next: AssetClass | undefined) => void }) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current: Option = value ?? 'ALL';

  const select = (option: Option) => onChange(option === 'ALL' ? undefined : option);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (event.key === forward || event.key === 'ArrowDown') next = (index + 1) % OPTIONS.length;
    else if (event.key === backward || event.key === 'ArrowUp') next = (index - 1 + OPTIONS.length) % OPTIONS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = OPTIONS.length - 1;
    if (next < 0) return;
    event.preventDefault();
    select(OPTIONS[next] ?? 'ALL');
    refs.current[next]?.focus();
  };

  return (
    <div role="radiogroup" aria-label={t('markets.assetClass')} className="flex max-w-full gap-1 overflow-x-auto rounded-xl border border-line-strong bg-onyx/60 p-1">
      {OPTIONS.map((option, index) => {
        const checked = option === current;
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
            onClick={() => select(option)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={cn(
              'h-9 shrink-0 whitespace-nowrap rounded-lg px-3 text-sm font-medium transition',
              checked ? 'bg-accent/15 text-fg shadow-[0_0_0_1px_rgb(16_185_129/0.35)_inset]' : 'text-muted hover:bg-white/[0.06] hover:text-fg',
            )}
          >
            {t(`markets.class.${option}`)}
          </button>
        );
      })}
    </div>
  );
}
