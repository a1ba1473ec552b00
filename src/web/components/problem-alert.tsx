import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A readable, localised message for any error thrown by an API call. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return error.problem?.detail || t('errors.forbidden');
    if (error.status >= 500) return t('errors.unexpected');
    const problem = error.problem;
    if (problem?.detail) return problem.detail;
    if (problem?.title) return problem.title;
    return t('errors.unexpected');
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unexpected');
}

interface ProblemAlertProps {
  error: unknown;
  /** Field errors already shown beside their fields are not repeated here. */
  shownPaths?: readonly string[];
  onRetry?: () => void;
  children?: ReactNode;
}

/** Shows what went wrong, including field errors the form could not place; takes focus so it is noticed. */
export function ProblemAlert({ error, shownPaths = [], onRetry, children }: ProblemAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const leftover =
    error instanceof ApiError
      ? (error.problem?.errors ?? []).filter((e) => !shownPaths.includes(e.path))
      : [];
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={errorMessage(t, error)}>
      <Stack gap="xs">
        {leftover.map((e) => (
          <Text key={`${e.path}:${e.message}`} size="sm">
            {e.path ? `${e.path}: ${e.message}` : e.message}
          </Text>
        ))}
        {children}
        {onRetry && (
          <div>
            <Button variant="default" size="xs" onClick={onRetry}>
              {t('errors.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}

/** The server's field errors by form path (only the fields this form has). */
export function fieldErrorsOf(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const e of error.problem?.errors ?? []) {
    if (fields.includes(e.path) && !(e.path in result)) result[e.path] = e.message;
  }
  return result;
}

/** A success message, announced politely. */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert color="teal" variant="light" role="status">
      {children}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text span className="visually-hidden">
        {t('app.loading')}
      </Text>
    </div>
  );
}
