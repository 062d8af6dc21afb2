import { Compass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/Button';
import { Logo } from '../../components/ui/Logo';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <Logo className="mb-16" />
      <Compass className="mb-6 size-8 text-champagne" aria-hidden="true" />
      <p className="font-mono text-sm tracking-[0.3em] text-subtle">404</p>
      <h1 className="mt-3 text-4xl font-medium text-fg sm:text-5xl">{t('notFound.title')}</h1>
      <p className="mt-4 max-w-md text-muted">{t('notFound.body')}</p>
      <ButtonLink to="/" className="mt-8" size="lg">
        {t('notFound.home')}
      </ButtonLink>
    </div>
  );
}
