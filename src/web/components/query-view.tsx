import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { Loading, ProblemAlert } from './problem-alert';

/** What QueryView needs of a query: the results of useQuery and useInfiniteQuery both fit. */
export interface QueryState<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => Promise<unknown>;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** The content once the data is there. */
  children: (data: T) => ReactNode;
  /** Shown instead of the error when the server answers 404 (e.g. a link to something that is gone). */
  notFound?: ReactNode;
  /** Wraps the loading and the error state, e.g. in a page whose title comes with the data. */
  frame?: (content: ReactNode) => ReactNode;
}

/**
 * A client error (4xx) names what is wrong with the request (an unknown filter in an old link, a record one may not
 * see): the same request would get the same answer. Retrying helps after a network error, a server error, a timeout
 * or "too many requests".
 */
function canRetry(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}

/** The one way a page shows a query: loading (announced), the error with a retry where it can help, or the data. */
export function QueryView<T>({ query, children, notFound, frame }: QueryViewProps<T>) {
  let content: ReactNode;
  if (query.isError) {
    const { error } = query;
    content =
      notFound !== undefined && error instanceof ApiError && error.status === 404 ? (
        notFound
      ) : (
        <ProblemAlert error={error} onRetry={canRetry(error) ? () => void query.refetch() : undefined} />
      );
  } else if (query.isPending || query.data === undefined) {
    content = <Loading />;
  } else {
    return children(query.data);
  }
  return frame ? frame(content) : content;
}
