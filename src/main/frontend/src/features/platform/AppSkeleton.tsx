import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/ui/Skeleton';

/** Shown while the session is being restored on start-up. */
export function AppSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('common.loading')} className="flex min-h-dvh">
      <div className="hidden w-70 shrink-0 space-y-3 border-e border-line p-6 md:block">
        <Skeleton className="mb-8 h-8 w-40" />
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
      <div className="flex-1 space-y-6 p-6 md:p-10">
        <Skeleton className="h-10 w-72" />
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-32" />
          ))}
        </div>
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}
