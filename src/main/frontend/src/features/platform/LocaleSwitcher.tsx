import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { LOCALES, type Locale } from '../../i18n';
import { useUpdateProfile } from '../identity/api';

export function LocaleSwitcher() {
  const { t, i18n } = useTranslation();
  const { status } = useSession();
  const updateProfile = useUpdateProfile();

  const change = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    if (status === 'authenticated') updateProfile.mutate({ locale });
  };

  return (
    <label className="relative inline-flex h-9 items-center gap-2 rounded-xl border border-line bg-white/[0.03] ps-3 pe-2 text-sm text-muted transition hover:text-fg focus-within:outline-2 focus-within:outline-accent">
      <Languages className="size-4" aria-hidden="true" />
      <span className="sr-only">{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => change(event.target.value as Locale)}
        className="cursor-pointer appearance-none bg-transparent pe-1 text-fg focus:outline-none"
      >
        {LOCALES.map((locale) => (
          <option key={locale.code} value={locale.code} className="bg-surface-2">
            {locale.label}
          </option>
        ))}
      </select>
    </label>
  );
}
