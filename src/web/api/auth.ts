import { i18n } from '../i18n';
import { ApiError, toProblem } from './client';

// Apart from client.ts, so that only the pages that sign in or out load it.

/**
 * better-auth's endpoints (`/api/auth/*`) are not part of the OpenAPI document, so they get a small fetch of
 * their own with the same conventions (JSON body, cookies, language, ApiError on failure).
 */
export async function postAuth(path: `/api/auth/${string}`, body: object): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, parsed));
  return parsed;
}
