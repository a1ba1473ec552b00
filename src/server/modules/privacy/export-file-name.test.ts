import { describe, expect, it } from 'vitest';
import { exportFileName } from './export';

describe('the file name of a personal-data export', () => {
  const day = new Date('2026-12-07T10:00:00Z');

  it('spells German and other letters in plain ASCII', () => {
    expect(exportFileName('Sabine Krüger', day)).toBe('personal-data-sabine-krueger-2026-12-07.json');
    expect(exportFileName('Mehmet Aydın', day)).toBe('personal-data-mehmet-aydin-2026-12-07.json');
    expect(exportFileName('Dr. Renée Weiß', day)).toBe('personal-data-dr-renee-weiss-2026-12-07.json');
  });

  it('never gives an empty or unsafe name', () => {
    expect(exportFileName('"; rm -rf', day)).toBe('personal-data-rm-rf-2026-12-07.json');
    expect(exportFileName('田中', day)).toBe('personal-data-person-2026-12-07.json');
  });
});
