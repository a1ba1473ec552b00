import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from './page';
import { ProblemAlert } from './problem-alert';

/** Shown when loading a page failed (e.g. the server is unreachable). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.unexpected')}>
      <ProblemAlert error={error} onRetry={reset} />
    </Page>
  );
}
