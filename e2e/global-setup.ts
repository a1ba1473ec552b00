import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const staleAfterMs = 2 * 3600 * 1000;

/** Each run gets a fresh PGlite folder (~40 MB); remove those of earlier runs so /tmp does not fill up. */
export default function globalSetup() {
  const current = process.env.E2E_DATA_DIR;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('familiennetz-e2e-')) continue;
    const path = join(tmpdir(), name);
    if (path === current) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > staleAfterMs) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already or not ours to remove: leave it.
    }
  }
}
