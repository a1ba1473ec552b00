/**
 * The app logs through pino (to stdout), not console.error. In tests its log lines go through this stream
 * (testConfig's logStream): a line of level error (50) or above fails the test it was logged in (setup.ts),
 * unless the test expected it with allowErrorLogs. Other lines are written to stdout as before.
 */

export interface LoggedError {
  level: number;
  msg: string;
  line: string;
}

const ERROR_LEVEL = 50;
let recorded: LoggedError[] = [];
let allowedInTest: RegExp[] = [];
let allowedInFile: RegExp[] = [];
let isInTest = false;

export const errorLogStream = {
  write(line: string): void {
    let level = 0;
    let msg = '';
    try {
      const parsed = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      level = parsed.level ?? 0;
      msg = [parsed.msg, parsed.err?.message].filter(Boolean).join(': ');
    } catch {
      // Not JSON: not a pino line, pass it on.
    }
    // Error lines are not printed: an unexpected one fails the test, which shows it; an expected one is quiet.
    if (level >= ERROR_LEVEL) recorded.push({ level, msg, line });
    else process.stdout.write(line);
  },
};

/**
 * Error logs whose message (or its error's message) matches `pattern` are expected: called in a test, for that
 * test; called outside one (at the top of a file, in beforeAll), for the rest of the file.
 */
export function allowErrorLogs(pattern: RegExp | string = /.*/): void {
  const regex = typeof pattern === 'string' ? new RegExp(escapeRegExp(pattern)) : pattern;
  if (isInTest) allowedInTest.push(regex);
  else allowedInFile.push(regex);
}

/** The error logs recorded since the last call, for a test that checks what was logged. */
export function takeErrorLogs(): LoggedError[] {
  const taken = recorded;
  recorded = [];
  return taken;
}

// For setup.ts.
export function startTest(): void {
  isInTest = true;
}

/** Ends the test: the unexpected error logs it caused (recorded since the previous test ended). */
export function endTest(): LoggedError[] {
  const allowed = [...allowedInFile, ...allowedInTest];
  const unexpected = takeErrorLogs().filter((log) => !allowed.some((regex) => regex.test(log.msg)));
  allowedInTest = [];
  isInTest = false;
  return unexpected;
}

export function endFile(): LoggedError[] {
  const unexpected = endTest();
  allowedInFile = [];
  return unexpected;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
