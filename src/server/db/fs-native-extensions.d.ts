// The package ships no types; only what data-dir-lock.ts uses.
declare module 'fs-native-extensions' {
  /** Non-blocking exclusive lock of the whole file (Linux: an open-file-description lock); false when held. */
  export function tryLock(fd: number): boolean;
  export function unlock(fd: number): void;
}
