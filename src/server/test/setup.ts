import { afterAll, afterEach, vi } from 'vitest';
import { closeTestApps } from './build-app';

// A test fails on an unexpected console.error (design.md §5).
const consoleError = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  if (calls.length > 0)
    throw new Error(`Unexpected console.error: ${calls.map((c) => c.join(' ')).join('\n')}`);
});

afterAll(closeTestApps);
