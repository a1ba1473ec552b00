import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';

/**
 * The answer of a refused import: the summary (which features or lines) and every problem as a list item,
 * each naming its feature or line, so the planner can correct the file in one go.
 */
export function ImportProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <ProblemAlert error={error} shownPaths={problems.map((p) => p.path)}>
      {problems.length > 0 && (
        <>
          <p className="text-sm">{t('planningDistricts.boundaries.problems')}</p>
          <List size="sm" spacing={2}>
            {problems.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </>
      )}
    </ProblemAlert>
  );
}
