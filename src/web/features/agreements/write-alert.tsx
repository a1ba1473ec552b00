import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * A failed write: problem+json as usual. A conflict (409: stale version, or a step the current state does not
 * allow) also offers to reload; the server's detail says which it was.
 */
export function WriteAlert({
  error,
  shownPaths,
  onReload,
}: {
  error: unknown;
  shownPaths?: readonly string[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isConflict(error)) return <ProblemAlert error={error} shownPaths={shownPaths} />;
  return (
    <ProblemAlert error={error}>
      <div>
        <Button variant="default" size="xs" onClick={onReload}>
          {t('agreements.detail.reload')}
        </Button>
      </div>
    </ProblemAlert>
  );
}
