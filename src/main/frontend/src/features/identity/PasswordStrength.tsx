import { Check, Circle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { assessPassword, PASSWORD_RULES } from './passwordPolicy';

const barTone = ['bg-white/10', 'bg-loss', 'bg-warn', 'bg-accent', 'bg-accent'];

export function PasswordStrength({ password, id }: { password: string; id?: string }) {
  const { t } = useTranslation();
  const { rules, strength, score } = assessPassword(password);
  return (
    <div id={id} className="space-y-2.5">
      <div className="flex items-center gap-3">
        <div className="grid flex-1 grid-cols-4 gap-1.5" aria-hidden="true">
          {[1, 2, 3, 4].map((step) => (
            <div key={step} className={cn('h-1 rounded-full transition-colors duration-300', step <= score ? barTone[score] : 'bg-white/10')} />
          ))}
        </div>
        <p className="min-w-16 text-end text-xs text-muted" aria-live="polite">
          {t(`password.strength.${strength}`)}
        </p>
      </div>
      <ul className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
        {PASSWORD_RULES.map((rule) => (
          <li key={rule} className={cn('flex items-center gap-1.5 text-xs transition-colors', rules[rule] ? 'text-[#34d399]' : 'text-muted')}>
            {rules[rule] ? <Check className="size-3.5" aria-hidden="true" /> : <Circle className="size-3" aria-hidden="true" />}
            <span>{t(`password.rule.${rule}`)}</span>
            <span className="sr-only">{rules[rule] ? t('password.met') : t('password.notMet')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
