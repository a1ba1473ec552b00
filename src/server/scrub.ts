/**
 * Replaces a person's name and e-mail address inside stored JSON (audit images, agreement snapshots) by
 * their pseudonym. E-mail addresses match in any case. A name matches only as a whole: not inside a
 * longer word ("Anna" is not replaced in "Annaberg"), so other people's data stays as it was.
 */
export interface ScrubTarget {
  name: string;
  email: string;
  pseudonym: string;
}

// Names shorter than this would match too much unrelated text; the e-mail address still identifies them.
const MIN_NAME_LENGTH = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsOf(target: ScrubTarget): RegExp[] {
  const patterns: RegExp[] = [];
  const email = target.email.trim();
  if (email.length > 0) patterns.push(new RegExp(escapeRegExp(email), 'giu'));
  const name = target.name.trim();
  if (name.length >= MIN_NAME_LENGTH) {
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'));
  }
  return patterns;
}

export function scrubText(text: string, target: ScrubTarget): string {
  return patternsOf(target).reduce((result, pattern) => result.replace(pattern, target.pseudonym), text);
}

/** The same value with every string (and object key) scrubbed; null and numbers stay as they are. */
export function scrubJson(value: unknown, target: ScrubTarget): unknown {
  if (typeof value === 'string') return scrubText(value, target);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, target));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [scrubText(key, target), scrubJson(item, target)]),
    );
  }
  return value;
}
