import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useId, useRef } from 'react';
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

// Alerts and the loading indicator are on many first loads (every page's loading and error state): plain elements
// styled like Mantine's Alert and Loader (controls.css), no component code.

/** Shows what went wrong, including field errors the form could not place; takes focus so it is noticed. */
export function ProblemAlert({ error, shownPaths = [], onRetry, children }: ProblemAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const leftover =
    error instanceof ApiError
      ? (error.problem?.errors ?? []).filter((e) => !shownPaths.includes(e.path))
      : [];
  const hasDetails = leftover.length > 0 || Boolean(children) || Boolean(onRetry);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="alert"
      aria-labelledby={`${id}-title`}
      aria-describedby={hasDetails ? `${id}-body` : undefined}
    >
      <div className="alert-title" id={`${id}-title`}>
        {errorMessage(t, error)}
      </div>
      {hasDetails && (
        <div className="alert-message" id={`${id}-body`}>
          {leftover.map((e) => (
            <p key={`${e.path}:${e.message}`} className="text-sm">
              {e.path ? `${e.path}: ${e.message}` : e.message}
            </p>
          ))}
          {children}
          {onRetry && (
            <div>
              <button
                type="button"
                className="button"
                data-variant="default"
                data-size="xs"
                onClick={onRetry}
              >
                {t('errors.retry')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
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
    <div className="alert" data-color="teal" role="status">
      <div className="alert-message">{children}</div>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <span className="loader" aria-hidden="true" />
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
