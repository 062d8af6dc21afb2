import { cn } from '../../lib/cn';

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-2.5', className)} dir="ltr">
      <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true">
        <rect width="32" height="32" rx="9" fill="url(#ts-logo-bg)" stroke="rgb(255 255 255 / 0.1)" />
        <path d="M7 21l6-6 4 4 8-9" fill="none" stroke="#10B981" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="25" cy="10" r="2.2" fill="#D4AF7A" />
        <defs>
          <linearGradient id="ts-logo-bg" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stopColor="#1d1d22" />
            <stop offset="1" stopColor="#0a0a0b" />
          </linearGradient>
        </defs>
      </svg>
      <span className="text-[22px] font-semibold tracking-tight text-fg" style={{ fontFamily: "'Playfair Display', serif" }}>
        Trade<span className="text-champagne">Sense</span>
      </span>
    </span>
  );
}
