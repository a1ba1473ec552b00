const uuidOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

/** /guetesiegel takes the centre or Verbund checked (a UUID, else the person's first). */
export function selfCheckSearch(search: Record<string, unknown>): { centre?: string } {
  return { centre: uuidOrUndefined(search.centre) };
}

/** /guetesiegel/katalog takes the edition shown (a UUID, else the current one). */
export function catalogueSearch(search: Record<string, unknown>): { edition?: string } {
  return { edition: uuidOrUndefined(search.edition) };
}
