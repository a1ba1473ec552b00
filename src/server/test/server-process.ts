import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The real server (`src/server/main.ts start`) as a child process, for tests that kill it (SIGKILL) or start
 * a second one, as durability.test.ts does with its child.
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const mainScript = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  stderr(): string;
  /** Resolves when the process has ended, with how. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, 'start'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      TZ: 'UTC',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      DEMO_DATA: '0',
      LOG_LEVEL: 'error',
      AUTH_SECRET: 'fault-test-secret-0123456789-0123456789',
      ...env,
    },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, baseUrl, stderr: () => stderr, exited };
}

/** True once /api/health answers 200; false if the process ended first. */
export async function waitForHealthy(server: ServerProcess, attempts = 600): Promise<boolean> {
  let hasExited = false;
  void server.exited.then(() => {
    hasExited = true;
  });
  for (let i = 0; i < attempts && !hasExited; i++) {
    try {
      const response = await fetch(`${server.baseUrl}/api/health`);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
