import { ChevronDown, Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { LOCALES, type Locale } from '../../i18n';
import { useUpdateProfile } from '../identity/api';

/** Language picker: a native select laid transparently over a compact label, so it stays small on phones. */
export function LocaleSwitcher() {
  const { t, i18n } = useTranslation();
  const { status } = useSession();
  const updateProfile = useUpdateProfile();
  const current = LOCALES.find((locale) => locale.code === i18n.language) ?? LOCALES[0];

  const change = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    if (status === 'authenticated') updateProfile.mutate({ locale });
  };

  return (
    <label className="relative inline-flex h-9 shrink-0 items-center gap-1.5 rounded-xl border border-line bg-white/[0.03] px-2.5 text-sm text-fg transition focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent hover:border-line-strong">
      <Languages className="size-4 text-muted" aria-hidden="true" />
      <span aria-hidden="true" className="hidden sm:inline">
        {current.label}
      </span>
      <span aria-hidden="true" className="font-mono text-xs uppercase sm:hidden">
        {current.code}
      </span>
      <ChevronDown className="size-3.5 text-muted" aria-hidden="true" />
      <select
        aria-label={t('common.language')}
        value={current.code}
        onChange={(event) => change(event.target.value as Locale)}
        className="absolute inset-0 cursor-pointer appearance-none opacity-0"
      >
        {LOCALES.map((locale) => (
          <option key={locale.code} value={locale.code} lang={locale.code} className="bg-surface-2 text-fg">
            {locale.label}
          </option>
        ))}
      </select>
    </label>
  );
}
