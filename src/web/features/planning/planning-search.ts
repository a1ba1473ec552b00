const uuidOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

/** The search parameters every planning page accepts: the municipality planned (a UUID, else ignored). */
export function planningSearch(search: Record<string, unknown>): { municipality?: string } {
  return { municipality: uuidOrUndefined(search.municipality) };
}

/** The tasks page also takes the district a gap's "write to the district" suggestion names. */
export function tasksSearch(search: Record<string, unknown>): { municipality?: string; district?: string } {
  return { ...planningSearch(search), district: uuidOrUndefined(search.district) };
}
