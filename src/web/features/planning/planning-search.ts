/** The search parameters every planning page accepts: the municipality planned (a UUID, else ignored). */
export function planningSearch(search: Record<string, unknown>): { municipality?: string } {
  const value = search.municipality;
  return { municipality: typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined };
}
