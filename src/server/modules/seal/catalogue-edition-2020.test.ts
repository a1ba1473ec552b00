import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/build-app';
import { currentEditionId, loadEdition } from './edition-read';
import edition2020 from './editions/2020.json';

/**
 * Edition 2020 ships twice: as INSERTs in migration 0018 (so every database has it) and as editions/2020.json
 * (the import format, readable by people). This keeps the two equal, and pins what other parts rely on: the
 * codes the demo's offerings carry and area 6 exactly as the self-check's acceptance test expects it.
 */
describe('edition 2020 as migrated', () => {
  it('is the one current, built-in edition and equals editions/2020.json row for row', async () => {
    const db = await openTestDatabase();
    const id = await currentEditionId(db.db);
    expect(id).toBeDefined();
    const loaded = await loadEdition(db.db, id as string);
    expect(loaded?.edition).toMatchObject({
      key: edition2020.key,
      title: edition2020.title,
      current: true,
      builtIn: true,
    });
    expect(loaded?.areas.map(({ editionId: _, ...area }) => area)).toEqual(edition2020.areas);
    expect(loaded?.criteria.map(({ editionId: _, position: __, ...criterion }) => criterion)).toEqual(
      edition2020.criteria,
    );
    // Catalogue order is the file's order.
    expect(loaded?.criteria.map((c) => c.position)).toEqual(edition2020.criteria.map((_, i) => i + 1));
  });

  it('has the codes the demo uses and area 6 as fixed for the self-check', () => {
    const codes = edition2020.criteria.map((c) => c.code);
    const needed = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '4.1', '4.2'];
    expect(codes).toEqual(expect.arrayContaining([...needed, '5.1', '5.2', '5.3', '5.4']));
    expect(edition2020.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const area6 = edition2020.criteria
      .filter((c) => c.area === 6)
      .map((c) => [c.code, c.kind, c.evidence.join(','), c.partnerKinds.join(','), c.titleDe]);
    expect(area6).toEqual([
      [
        '6.1',
        'basic',
        'agreement',
        'counselling',
        'Verbindliche Vereinbarung mit einer Erziehungs- und Familienberatung',
      ],
      ['6.2', 'basic', 'offering', '', 'Angebote gemeinsam mit Partnern entwickelt und durchgeführt'],
      [
        '6.3',
        'basic',
        'cooperation',
        'family_education',
        'Aktive Kooperation mit einer Familienbildungsstätte',
      ],
      ['6.4', 'basic', 'agreement', '', 'Zuständigkeiten mit Partnern schriftlich geregelt'],
      ['6.5', 'advanced', 'room', '', 'Räume für Angebote von Partnern geöffnet'],
      ['6.6', 'advanced', 'document', '', 'Abstimmung im Netzwerk regelmäßig dokumentiert'],
    ]);
    expect(edition2020.areas[5]).toMatchObject({ minBasic: 4, minAdvanced: 2, minimumsEstimated: true });
    for (const area of edition2020.areas) {
      const criteria = edition2020.criteria.filter((c) => c.area === area.number);
      expect(criteria.length).toBeGreaterThanOrEqual(4);
      expect(criteria.length).toBeLessThanOrEqual(7);
      expect(criteria.filter((c) => c.kind === 'basic').length).toBeGreaterThanOrEqual(area.minBasic);
      expect(criteria.filter((c) => c.kind === 'advanced').length).toBeGreaterThanOrEqual(area.minAdvanced);
    }
  });
});
