import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { closeEverythingOfFile } from './after-file';
import { endFile, endTest, type LoggedError, startTest } from './error-logs';
import { refuseOutsideConnections } from './no-network';

// Nothing is opened here: a test that needs the app or a database asks for it (build-app.ts), so a pure test
// pays for neither.

refuseOutsideConnections();

// A test fails on an unexpected console.error (design.md §5), and on an unexpected error log of the app
// (level error or above; see error-logs.ts and allowErrorLogs for tests that expect one).
const consoleError = vi.spyOn(console, 'error');
beforeEach(startTest);
afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  const logs = endTest();
  if (calls.length > 0)
    throw new Error(`Unexpected console.error: ${calls.map((c) => c.join(' ')).join('\n')}`);
  if (logs.length > 0) throw unexpectedLogs(logs);
});

afterAll(async () => {
  await closeEverythingOfFile();
  const logs = endFile();
  if (logs.length > 0) throw unexpectedLogs(logs);
});

function unexpectedLogs(logs: LoggedError[]): Error {
  return new Error(
    `Unexpected error log of the app (allowErrorLogs if the test expects it):\n${logs.map((l) => l.line.trim()).join('\n')}`,
  );
}
