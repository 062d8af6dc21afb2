import { cn } from '../../lib/cn';

/** Points of a polyline through `values`, scaled into width × height (a flat series sits in the middle). */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = (width - pad * 2) / (values.length - 1);
  return values
    .map((v, i) => {
      const y = span === 0 ? height / 2 : pad + (1 - (v - min) / span) * (height - pad * 2);
      return `${(pad + i * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** A small inline trend line, emerald when it ends above where it started, red below. */
export function Sparkline({ values, label, className }: { values: readonly number[]; label: string; className?: string }) {
  const width = 96;
  const height = 28;
  const points = sparklinePoints(values, width, height);
  const up = values.length > 1 && values[values.length - 1]! >= values[0]!;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} className={cn('h-7 overflow-visible', className)}>
      {points && (
        <polyline points={points} fill="none" stroke={up ? 'var(--color-gain)' : 'var(--color-loss)'} strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      )}
    </svg>
  );
}
