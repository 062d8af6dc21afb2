import { ArrowRight, Hourglass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/Badge';
import { ButtonLink } from '../../components/ui/Button';
import { GlassCard } from '../../components/ui/Card';
import { MEMBER_NAV } from './nav';

export type SoonKey = 'journal' | 'challenges' | 'coach' | 'learn';

export function ComingSoonPage({ module }: { module: SoonKey }) {
  const { t } = useTranslation();
  const Icon = MEMBER_NAV.find((item) => item.key === module)?.icon ?? Hourglass;
  return (
    <div className="animate-enter">
      <GlassCard className="relative overflow-hidden px-6 py-16 text-center sm:px-12 sm:py-24">
        <div aria-hidden="true" className="pointer-events-none absolute start-1/2 top-0 size-96 -translate-x-1/2 -translate-y-1/2 rounded-full bg-accent/10 blur-3xl rtl:translate-x-1/2" />
        <div className="relative mx-auto max-w-xl">
          <div className="mx-auto mb-6 grid size-16 place-items-center rounded-2xl border border-champagne/30 bg-champagne/10 text-champagne">
            <Icon className="size-7" aria-hidden="true" />
          </div>
          <Badge tone="champagne">{t('soon.badge')}</Badge>
          <h1 className="mt-5 text-4xl font-medium text-fg">{t(`nav.${module}`)}</h1>
          <p className="mt-4 text-base leading-relaxed text-muted">{t(`soon.${module}`)}</p>
          <div className="hairline-gold mx-auto my-8 w-32" />
          <ButtonLink to="/dashboard" variant="secondary">
            {t('soon.back')}
            <ArrowRight className="size-4 rtl:-scale-x-100" aria-hidden="true" />
          </ButtonLink>
        </div>
      </GlassCard>
    </div>
  );
}
