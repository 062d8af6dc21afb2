import i18n, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toast } from '../components/ui/toast';
import { ApiError } from '../api/problem';

function waitText(seconds: number): string {
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : seconds < 5400 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A user-facing sentence for any failure: problem detail, rate-limit wait, or a generic message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.status === 0) return t('errors.network');
  if (error.status === 429) {
    const detail = error.problem?.detail ? `${error.problem.detail} ` : '';
    return error.retryAfterSeconds !== null
      ? `${detail}${t('errors.retryAfter', { wait: waitText(error.retryAfterSeconds) })}`
      : detail || t('errors.tooMany');
  }
  return error.problem?.detail ?? error.problem?.title ?? t('errors.status', { status: error.status });
}

/**
 * Reports a failed form submission: validation errors go to their fields when the form has them,
 * anything else becomes a toast. Returns the field errors to show.
 */
export function useReportError() {
  const { t } = useTranslation();
  return (error: unknown, knownFields: readonly string[] = []): Record<string, string> => {
    const fields = error instanceof ApiError ? error.fieldErrors : {};
    const mapped = Object.fromEntries(Object.entries(fields).filter(([field]) => knownFields.includes(field)));
    if (Object.keys(mapped).length === 0) toast.error(errorMessage(t, error));
    return mapped;
  };
}
