import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

type Tone = 'neutral' | 'emerald' | 'champagne' | 'red' | 'amber';

const tones: Record<Tone, string> = {
  neutral: 'border-line-strong bg-white/[0.04] text-muted',
  emerald: 'border-accent/30 bg-accent/10 text-[#34d399]',
  champagne: 'border-champagne/35 bg-champagne/10 text-champagne-soft',
  red: 'border-loss/30 bg-loss/10 text-[#fca5a5]',
  amber: 'border-warn/30 bg-warn/10 text-[#fcd34d]',
};

export function Badge({ tone = 'neutral', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
