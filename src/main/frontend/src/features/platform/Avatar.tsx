import { cn } from '../../lib/cn';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '·';
}

export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'grid size-8 shrink-0 place-items-center rounded-full border border-champagne/30 bg-gradient-to-br from-champagne/25 to-accent-deep/40 text-xs font-semibold text-champagne-soft',
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
