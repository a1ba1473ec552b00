/** Shared steps of the fault tests (src/server/db/faults*.test.ts): wait for a state, check an answer. */

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Polls `probe` until it returns true; fails after `attempts` tries `everyMs` apart. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  { attempts = 200, everyMs = 50 } = {},
): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** 503 problem+json of type `unavailable`: what a request gets while the database cannot be reached. */
export function isUnavailableProblem(answer: Answer): boolean {
  if (answer.status !== 503 || !answer.contentType.startsWith('application/problem+json')) return false;
  const problem = JSON.parse(answer.body) as { type?: string; status?: number };
  return problem.type === 'about:blank#unavailable' && problem.status === 503;
}

/**
 * The two answers a write may get while the database goes away: acknowledged (201), or 503 problem+json.
 * Anything else (500, a stack, a dropped connection) is what issue 15 is about; it is described for the report.
 */
export function describeUnexpected(answer: Answer): string | undefined {
  if (answer.status === 201 || isUnavailableProblem(answer)) return undefined;
  return `${answer.status} ${answer.contentType} ${answer.body.slice(0, 300)}`;
}
