/**
 * What a test file opened and must close when it is done (apps, databases), run by setup.ts after each file.
 * Kept apart from build-app.ts so that setup.ts, which every test file loads, imports no app code: a test
 * that opens nothing pays for nothing.
 */
const closers = new Set<() => Promise<unknown>>();

/** Registers `close` to run after the current test file; returns a function that unregisters it. */
export function closeAfterFile(close: () => Promise<unknown>): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

export async function closeEverythingOfFile(): Promise<void> {
  const pending = [...closers];
  closers.clear();
  await Promise.all(pending.map((close) => close()));
}
