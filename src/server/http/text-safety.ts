import type { z } from 'zod';

/**
 * Characters no text field of ours may hold: PostgreSQL refuses NUL in `text` (a 500 before this
 * check), the other C0 controls are invisible and make the XML of DOCX documents invalid (XML 1.0
 * allows only tab, line feed and carriage return), and a lone UTF-16 surrogate is no Unicode text:
 * it would reach PostgreSQL as U+FFFD, or as a `\ud800` escape that jsonb refuses.
 */
const unsafeText =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnsafeText(value: string): boolean {
  return unsafeText.test(value);
}

/**
 * One issue per string (value or object key) with unsafe characters anywhere in a request part, as
 * the client sent it: checked once here for every route instead of in each schema.
 */
export function unsafeTextIssues(input: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  // A loop, not recursion: a body of 5,000 nested arrays must not overflow the stack.
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (isUnsafeText(value)) issues.push(issueAt(path, value));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        pending.push({ value: item, path: [...path, index] });
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isUnsafeText(key)) issues.push(issueAt([...path, key], key));
        else pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return issues;
}

function issueAt(path: PropertyKey[], input: string): z.core.$ZodIssue {
  return { code: 'custom', path, input, message: 'validation.unsafeCharacters' };
}
