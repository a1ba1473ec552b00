import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '../i18n';
import type { paths } from './schema';

/** One field's problem, as the server lists it in `errors`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** RFC 9457 problem details (plus better-auth's `{code, message}`, folded into `detail`). */
export interface Problem {
  title: string;
  status: number;
  detail: string;
  errors: FieldProblem[];
}

/** The one error the web app throws for a failed API call. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(languageMiddleware);

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

export function toProblem(status: number, body: unknown): Problem | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const errors = Array.isArray(record.errors)
    ? record.errors.flatMap((e: unknown) => {
        if (!e || typeof e !== 'object') return [];
        const field = e as Record<string, unknown>;
        return [{ path: asString(field.path), message: asString(field.message) }];
      })
    : [];
  return {
    title: asString(record.title),
    status: typeof record.status === 'number' ? record.status : status,
    detail: asString(record.detail) || asString(record.message),
    errors,
  };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body or throws an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
  return data as T;
}

/** For endpoints answering 204 No Content. */
export async function unwrapEmpty(call: Promise<FetchResult<unknown>>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
}
