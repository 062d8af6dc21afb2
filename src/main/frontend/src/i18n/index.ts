import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';

export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'ar', label: 'العربية' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];

const STORAGE_KEY = 'tradesense.locale';
const RTL: readonly Locale[] = ['ar'];

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale.code === value);
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const browser = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLocale);
  return browser ?? 'en';
}

function applyToDocument(locale: string) {
  const html = document.documentElement;
  html.lang = locale;
  html.dir = RTL.includes(locale as Locale) ? 'rtl' : 'ltr';
}

i18n.on('languageChanged', (locale) => {
  applyToDocument(locale);
  if (isLocale(locale)) localStorage.setItem(STORAGE_KEY, locale);
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
