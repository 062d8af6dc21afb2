import { useTranslation } from 'react-i18next';

/** Dates and numbers through Intl, in the active UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string | Date) => date.format(typeof iso === 'string' ? new Date(iso) : iso),
    number: (value: number) => number.format(value),
    relative: (iso: string, now = Date.now()) => {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(seconds, 'second');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86400), 'day');
    },
  };
}
