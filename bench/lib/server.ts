import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The password of every demo and generated user. */
export const DEMO_PASSWORD = 'familiennetz-demo';
/** The lead of the family centre Sonnenblume in the demo municipality Musterstadt. */
export const DEMO_EMAIL = 'leitung@fz-sonnenblume.example';

export interface ServerOptions {
  /** DATABASE_URL; without it PGlite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  loadDemoData: boolean;
  logLevel?: string;
  timeoutMs?: number;
}

export interface RunningServer {
  url: string;
  /** Spawn → first 200 from GET /api/health. */
  startupMs: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

let isServerBuilt = false;

/** Bundles the server once per benchmark run, as `npm start` does before it starts. */
function buildServerOnce(): void {
  if (isServerBuilt) return;
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  isServerBuilt = true;
}

/**
 * Starts `node dist/server/main.js start` as `npm start` does (the build is not timed) and resolves
 * once GET /api/health answers 200.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TZ: 'UTC',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    DEMO_DATA: options.loadDemoData ? '1' : '0',
    LOG_LEVEL: options.logLevel ?? 'warn',
    // PostgreSQL runs on this machine's cores too: twice as many connections, as README advises for production.
    DATABASE_POOL_SIZE: String(2 * availableParallelism()),
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.DATA_DIR = options.dataDir;

  buildServerOnce();
  const startedAt = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', 'dist/server/main.js', 'start'],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exitCode: number | string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      resolve();
    });
  });

  const stop = async () => {
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = startedAt + (options.timeoutMs ?? 120_000);
  while (performance.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`server exited (${exitCode}) before it was healthy:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return { url, startupMs: performance.now() - startedAt, stop };
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  await stop();
  throw new Error(`server was not healthy within ${options.timeoutMs ?? 120_000} ms:\n${output}`);
}

/** Signs in by e-mail and password; returns the Cookie header for later requests. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`sign-in as ${email} failed: ${response.status} ${body.slice(0, 300)}`);
  }
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  if (cookies.length === 0) throw new Error(`sign-in as ${email} set no cookie`);
  return cookies.join('; ');
}

export async function getJson(url: string, cookie: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers: { cookie } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, body };
}

/** A running server and the Cookie header of a signed-in user. */
export interface Session {
  url: string;
  cookie: string;
}

/** Starts a server, signs in as `email` (demo password), runs `use`, and stops the server. */
export async function withSignedInServer<T>(
  options: ServerOptions,
  email: string,
  use: (session: Session) => Promise<T>,
): Promise<T> {
  const server = await startServer(options);
  try {
    const cookie = await signIn(server.url, email, DEMO_PASSWORD);
    return await use({ url: server.url, cookie });
  } finally {
    await server.stop();
  }
}

/** withSignedInServer on PGlite with the demo data in a fresh temporary folder, removed afterwards. */
export async function withDemoServer<T>(
  folderPrefix: string,
  logLevel: string,
  email: string,
  use: (session: Session) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
  try {
    return await withSignedInServer({ dataDir, loadDemoData: true, logLevel }, email, use);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
