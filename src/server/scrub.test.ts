import { describe, expect, it } from 'vitest';
import { scrubJson, scrubText } from './scrub';

const target = {
  name: 'Anna Beispiel',
  email: 'Anna.Beispiel@fz.example',
  pseudonym: 'Gelöschte Person 3f2a',
};

describe('scrubbing a person out of stored text', () => {
  it('replaces the e-mail in any case and the name as a whole word', () => {
    expect(scrubText('anna.beispiel@FZ.example schrieb an Anna Beispiel.', target)).toBe(
      'Gelöschte Person 3f2a schrieb an Gelöschte Person 3f2a.',
    );
    expect(scrubText('Anna Beispielhaft bleibt', target)).toBe('Anna Beispielhaft bleibt');
  });

  it('walks nested JSON, keys included, and leaves other values alone', () => {
    const image = { after: [{ name: 'Anna Beispiel', count: 3, ok: true, none: null }], 'Anna Beispiel': 1 };
    expect(scrubJson(image, target)).toEqual({
      after: [{ name: 'Gelöschte Person 3f2a', count: 3, ok: true, none: null }],
      'Gelöschte Person 3f2a': 1,
    });
  });

  it('does not replace names too short to be told apart from other text', () => {
    expect(scrubText('Al ist da', { ...target, name: 'Al' })).toBe('Al ist da');
  });
});

describe('scrubbing without an e-mail address', () => {
  it('replaces only the name', () => {
    expect(scrubText('Kontakt: Anna Beispiel', { ...target, email: '' })).toBe(
      'Kontakt: Gelöschte Person 3f2a',
    );
  });
});
