import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';

/** The folder lock of PGlite (issue 15, finding 3); faults-pglite.test.ts runs it with real server processes. */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'familiennetz-lock-'));
  folders.push(folder);
  return folder;
}

describe('lockDataDir', () => {
  it('refuses a second holder, naming the folder and the holding pid, until the first releases', () => {
    const folder = newFolder();
    const lock = lockDataDir(folder);
    expect(readFileSync(join(folder, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    let refusal: unknown;
    try {
      lockDataDir(folder);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect((refusal as Error).message).toContain(resolve(folder));
    expect((refusal as Error).message).toContain(`process ${process.pid}`);

    lock.release();
    lock.release(); // twice is harmless
    expect(readFileSync(join(folder, LOCK_FILE_NAME), 'utf8')).toBe('');
    lockDataDir(folder).release();
  });

  it('goes by the kernel lock, not by the pid in the file: a leftover file of a live pid does not block', () => {
    const folder = newFolder();
    // What a crashed server leaves behind, with its pid since reused by a live process (here: init).
    writeFileSync(join(folder, LOCK_FILE_NAME), '1\n');
    const lock = lockDataDir(folder);
    expect(readFileSync(join(folder, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });
});
