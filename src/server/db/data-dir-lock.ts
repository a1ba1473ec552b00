/**
 * One server per PGlite folder (issue 15, finding 3). PGlite is PostgreSQL inside one process: two
 * processes on one folder each keep their own shared memory and write-ahead log, see only their own writes,
 * and after a restart one of them has lost acknowledged writes. So the folder is locked while open.
 *
 * The lock is a kernel file lock (fcntl open-file-description lock on Linux, flock on macOS, LockFileEx on
 * Windows): it belongs to the open file, so the kernel drops it when the process ends in any way, SIGKILL
 * included. Nothing goes stale and a reused pid cannot keep it. The file's content (the holder's pid) is only
 * for the message; the file itself is never deleted, because a deleted and re-created file would be a second
 * lock that a process still holding the old file does not conflict with.
 */
import { closeSync, constants, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';

export const LOCK_FILE_NAME = 'familiennetz.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | undefined,
  ) {
    const holder = holderPid === undefined ? 'another process' : `process ${holderPid}`;
    super(
      `The data folder ${dataDir} is in use by another Familiennetz server (${holder}). ` +
        'One server per DATA_DIR: stop that server first, or give this one its own DATA_DIR, ' +
        'or run several servers on one PostgreSQL with DATABASE_URL.',
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  /** Gives the folder free (idempotent); the process ending does the same. */
  release(): void;
}

/** Locks `dataDir` (which must exist) for this process, or throws DataDirInUseError naming the holder. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  // Opened without truncating: the current holder's pid must stay readable until we hold the lock.
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644);
  let isLocked = false;
  try {
    isLocked = tryLock(fd);
  } finally {
    if (!isLocked) closeSync(fd);
  }
  if (!isLocked) throw new DataDirInUseError(resolve(dataDir), readHolderPid(path));
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n`, 0);
  let isReleased = false;
  return {
    release() {
      if (isReleased) return;
      isReleased = true;
      // An emptied file tells the next reader nobody holds it; closing the descriptor drops the lock.
      ftruncateSync(fd, 0);
      unlock(fd);
      closeSync(fd);
    },
  };
}

function readHolderPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // e.g. Windows refuses to read a locked file
  }
}
