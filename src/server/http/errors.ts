import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import { isConnectionError } from '../db/connection-errors';
import { isMessageKey, type Locale, localeOf, type MessageKey, translate } from './i18n';
import { unsafeTextIssues } from './text-safety';

/** The closed set of error codes; one table maps them to HTTP. */
const errorCodes = {
  bad_request: { status: 400, title: 'error.badRequest.title', detail: 'error.badRequest.detail' },
  validation: { status: 422, title: 'error.validation.title', detail: 'error.validation.detail' },
  unauthenticated: {
    status: 401,
    title: 'error.unauthenticated.title',
    detail: 'error.unauthenticated.detail',
  },
  forbidden: { status: 403, title: 'error.forbidden.title', detail: 'error.forbidden.detail' },
  not_found: { status: 404, title: 'error.notFound.title', detail: 'error.notFound.detail' },
  conflict: { status: 409, title: 'error.conflict.title', detail: 'error.conflict.title' },
  request_timeout: {
    status: 408,
    title: 'error.requestTimeout.title',
    detail: 'error.requestTimeout.detail',
  },
  payload_too_large: {
    status: 413,
    title: 'error.payloadTooLarge.title',
    detail: 'error.payloadTooLarge.detail',
  },
  unsupported_media_type: {
    status: 415,
    title: 'error.unsupportedMediaType.title',
    detail: 'error.unsupportedMediaType.detail',
  },
  header_too_large: {
    status: 431,
    title: 'error.headerTooLarge.title',
    detail: 'error.headerTooLarge.detail',
  },
  too_many_requests: {
    status: 429,
    title: 'error.tooManyRequests.title',
    detail: 'error.tooManyRequests.detail',
  },
  internal: { status: 500, title: 'error.internal.title', detail: 'error.internal.detail' },
  unavailable: { status: 503, title: 'error.unavailable.title', detail: 'error.unavailable.detail' },
} as const satisfies Record<string, { status: number; title: MessageKey; detail: MessageKey }>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  path: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

interface AppErrorOptions {
  detail?: MessageKey;
  params?: Record<string, string | number>;
  errors?: FieldError[];
}

/** The one error type of the application. Messages are keys, translated when the response is written. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: AppErrorOptions = {},
  ) {
    super(options.detail ?? code);
    this.status = errorCodes[code].status;
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const invalidField = (
  path: string,
  message: MessageKey,
  status: 'validation' | 'bad_request' = 'validation',
) => new AppError(status, { errors: [{ path, message }] });

/** Schema validation failure of a request part; keeps zod's raw issues so they can be localised. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  validationContext = 'body';
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('Request validation failed');
  }
}

/** zod validates each request part; text PostgreSQL cannot store is refused here for every route. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const unsafe = unsafeTextIssues(data);
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success && unsafe.length === 0) return { value: result.data };
    return { error: new RequestValidationError([...unsafe, ...(result.error?.issues ?? [])]) };
  };

const zodLocales = { de: de().localeError, en: en().localeError };

function localiseIssue(locale: Locale, issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return translate(locale, issue.message);
  // A missing field reads "required", whatever type it should have had.
  if ('input' in issue && issue.input === undefined) return translate(locale, 'validation.required');
  const localised = zodLocales[locale](issue as unknown as z.core.$ZodRawIssue);
  if (typeof localised === 'string') return localised;
  return localised?.message ?? issue.message;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

export function problemOf(request: FastifyRequest, code: ErrorCode, options: AppErrorOptions = {}): Problem {
  return problemIn(localeOf(request), code, {
    ...options,
    params: { requestId: request.id, ...options.params },
  });
}

/** A problem without a request, for answers written before there is one (raw client errors). */
export function problemIn(locale: Locale, code: ErrorCode, options: AppErrorOptions = {}): Problem {
  const entry = errorCodes[code];
  const params = options.params ?? {};
  return {
    type: `about:blank#${code}`,
    title: translate(locale, entry.title),
    status: entry.status,
    detail: translate(locale, options.detail ?? entry.detail, params),
    ...(options.errors && {
      errors: options.errors.map((e) => ({ path: e.path, message: translate(locale, e.message, e.params) })),
    }),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options?: AppErrorOptions,
) {
  return sendProblem(reply, problemOf(request, code, options));
}

/** Turns every error into RFC 9457 problem+json; hides internals of server errors. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendError(request, reply, error.code, error.options);
  if (error instanceof RequestValidationError) {
    const locale = localeOf(request);
    const problem = problemOf(request, 'bad_request', { detail: 'error.validation.detail' });
    problem.errors = error.issues.map((issue) => ({
      path: issue.path.join('.') || error.validationContext,
      message: localiseIssue(locale, issue),
    }));
    return sendProblem(reply, problem);
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413) return sendError(request, reply, 'payload_too_large');
  if (status === 415) return sendError(request, reply, 'unsupported_media_type');
  if (status === 429) return sendError(request, reply, 'too_many_requests', { params: { seconds: 60 } });
  if (status >= 400 && status < 500)
    return sendError(request, reply, status === 404 ? 'not_found' : 'bad_request');
  // Database restart or failover: the client may retry; the pool reconnects by itself.
  if (isConnectionError(error)) {
    request.log.warn({ err: error }, 'database unreachable');
    return sendError(request, reply, 'unavailable');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(request, reply, 'internal');
}

/** The SQLSTATE of a driver error (drizzle wraps it in `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
