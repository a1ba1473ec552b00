import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildOrganization, buildUser } from '../../test/factories';
import { auditLog } from '../audit/schema';
import edition2020 from './editions/2020.json';
import { sealCriteria, sealEditions } from './schema';

let t: TestApp;
const people: Record<'admin' | 'lead' | 'anonymous', string | undefined> = {
  admin: undefined,
  lead: undefined,
  anonymous: undefined,
};

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  people.admin = await t.signIn(admin.email);
  people.lead = await t.signInAsNewMember('lead', (await buildOrganization(t.db)).id);
});

const call = (method: 'GET' | 'POST', path: string, cookie: string | undefined, payload?: object) =>
  t.request({ method, url: `/api/v1/seal/${path}`, cookie, ...(payload && { payload }) });

type Edition = typeof edition2020;

/** The edition as the CSV a spreadsheet saves: German headers, ";" , BOM, CRLF. */
function csvOf(edition: Pick<Edition, 'areas' | 'criteria'>): string {
  const header =
    'Satzart;Code;Bereich;Art;Titel (de);Titel (en);Hinweis (de);Hinweis (en);Nachweise;Partnerarten;Mindestzahl Basis;Mindestzahl Aufbau;geschätzt';
  const areas = edition.areas.map((a) =>
    [
      'Bereich',
      '',
      a.number,
      a.kind === 'performance' ? 'Leistungsbereich' : 'Strukturbereich',
      a.nameDe,
      a.nameEn,
      '',
      '',
      '',
      '',
      a.minBasic,
      a.minAdvanced,
      a.minimumsEstimated ? 'ja' : 'nein',
    ].join(';'),
  );
  const criteria = edition.criteria.map((c) =>
    [
      'Kriterium',
      c.code,
      c.area,
      c.kind === 'basic' ? 'Basis' : 'Aufbau',
      c.titleDe,
      c.titleEn,
      c.hintDe,
      c.hintEn,
      c.evidence.join('|'),
      c.partnerKinds.join('|'),
      '',
      '',
      '',
    ].join(';'),
  );
  return `\uFEFF${[header, ...areas, ...criteria].join('\r\n')}\r\n`;
}

async function editionCounts() {
  const [editions] = await t.db.select({ n: count() }).from(sealEditions);
  const [criteria] = await t.db.select({ n: count() }).from(sealCriteria);
  return { editions: editions?.n, criteria: criteria?.n };
}

describe('reading the catalogue', () => {
  it('lists edition 2020 as current to everyone signed in, with its areas and criteria', async () => {
    const list = await call('GET', 'editions', people.lead);
    expect(list.statusCode).toBe(200);
    expect(list.json().permissions).toEqual({ importEdition: false });
    expect(list.json().editions).toEqual([
      expect.objectContaining({
        key: '2020',
        current: true,
        builtIn: true,
        source: 'mitgeliefert',
        criteria: 40,
      }),
    ]);
    const current = await call('GET', 'editions/current', people.lead);
    expect(current.statusCode).toBe(200);
    expect(current.json().areas).toEqual(edition2020.areas);
    expect(current.json().criteria).toEqual(edition2020.criteria);
    const byId = await call('GET', `editions/${current.json().id}`, people.lead);
    expect(byId.json()).toEqual(current.json());
    expect((await call('GET', 'editions', people.anonymous)).statusCode).toBe(401);
    const missing = await call('GET', 'editions/6f1c1c1e-0000-4000-8000-000000000000', people.lead);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });
});

describe('importing an edition', () => {
  // The acceptance case: criterion 6.2 twice (lines 35 and 36) and area 8's line left out (its criteria on lines 45–49).
  const broken = () => {
    const lines = csvOf(edition2020).split('\r\n');
    const area8 = lines.findIndex((l) => l.startsWith('Bereich;;8;'));
    lines.splice(area8, 1);
    const at = lines.findIndex((l) => l.startsWith('Kriterium;6.3;'));
    lines.splice(at, 0, lines.find((l) => l.startsWith('Kriterium;6.2;')) ?? '');
    return lines.join('\r\n');
  };

  it('refuses a CSV with a duplicate code and a missing area: 400 with line numbers, nothing written', async () => {
    const before = await editionCounts();
    const payload = { content: broken(), fileName: 'katalog.csv', key: '2025' };
    const preview = await call('POST', 'editions/preview', people.admin, payload);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ valid: false, format: 'csv', edition: null });
    const problems = preview.json().problems as { line: number; message: string }[];
    expect(problems.filter((p) => p.message.includes('6.2 steht schon in Zeile'))).toEqual([
      { line: 36, message: 'Zeile 36: Kriterium 6.2 steht schon in Zeile 35.' },
    ]);
    const unknownArea = problems.filter((p) =>
      p.message.includes('Bereich 8, der in der Datei nicht angelegt ist'),
    );
    expect(unknownArea.map((p) => p.line)).toEqual([45, 46, 47, 48, 49]);

    const imported = await call('POST', 'editions', people.admin, payload);
    expect(imported.statusCode).toBe(400);
    expect(imported.headers['content-type']).toContain('application/problem+json');
    expect(imported.json().detail).toContain('36, 45, 46, 47, 48, 49');
    expect(imported.json().errors).toContainEqual({
      path: 'line.36',
      message: 'Zeile 36: Kriterium 6.2 steht schon in Zeile 35.',
    });
    expect(await editionCounts()).toEqual(before);
    const current = await call('GET', 'editions/current', people.admin);
    expect(current.json()).toMatchObject({ key: '2020', criteria: edition2020.criteria });
  });

  it('answers in English with Accept-Language en', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/seal/editions/preview',
      cookie: people.admin,
      headers: { 'accept-language': 'en' },
      payload: { content: broken(), key: '2025' },
    });
    expect(res.json().problems).toContainEqual({
      line: 36,
      message: 'Line 36: criterion 6.2 is already in line 35.',
    });
  });

  it('imports a semicolon CSV with German headers and a BOM, then makes it current; 2020 stays as it was', async () => {
    const changed = {
      areas: edition2020.areas.map((a) =>
        a.number === 6 ? { ...a, minBasic: 3, minimumsEstimated: false } : a,
      ),
      criteria: edition2020.criteria.map((c) =>
        c.code === '6.6' ? { ...c, titleDe: 'Netzwerktreffen protokolliert' } : c,
      ),
    };
    const payload = {
      content: csvOf(changed),
      fileName: 'katalog-2025.csv',
      key: '2025',
      title: 'Ausgabe 2025',
    };
    const preview = await call('POST', 'editions/preview', people.admin, payload);
    expect(preview.json()).toMatchObject({ valid: true, problems: [] });
    expect(preview.json().edition.criteria).toEqual(changed.criteria);
    const res = await call('POST', 'editions', people.admin, payload);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: '2025', title: 'Ausgabe 2025', current: false, builtIn: false });
    expect(res.json().areas[5]).toMatchObject({ minBasic: 3, minimumsEstimated: false });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id));
    expect(audit).toMatchObject({ entityType: 'seal_edition', action: 'import' });

    const again = await call('POST', 'editions', people.admin, payload);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([
      { path: 'key', message: expect.stringContaining('„2025“ gibt es schon') },
    ]);

    const made = await call('POST', `editions/${res.json().id}/current`, people.admin);
    expect(made.json()).toMatchObject({ key: '2025', current: true });
    const list = (await call('GET', 'editions', people.admin)).json();
    expect(list.editions.map((e: { key: string; current: boolean }) => [e.key, e.current])).toEqual([
      ['2025', true],
      ['2020', false],
    ]);
    const old = list.editions[1].id;
    expect((await call('GET', `editions/${old}`, people.admin)).json().criteria).toEqual(
      edition2020.criteria,
    );
    // Back to 2020, so the other tests of this file see the shipped state.
    expect((await call('POST', `editions/${old}/current`, people.admin)).json().current).toBe(true);
  });

  it('imports the JSON format (editions/2020.json under a new key)', async () => {
    const content = JSON.stringify({ ...edition2020, key: 'json-kopie' }, null, 2);
    const res = await call('POST', 'editions', people.admin, { content, fileName: 'kopie.json' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'json-kopie', criteria: edition2020.criteria });
  });

  it('lets only instance admins preview, import and make current', async () => {
    const payload = { content: csvOf(edition2020), key: 'x' };
    for (const [path, expected] of [
      ['editions/preview', 403],
      ['editions', 403],
    ] as const) {
      expect((await call('POST', path, people.lead, payload)).statusCode).toBe(expected);
      expect((await call('POST', path, people.anonymous, payload)).statusCode).toBe(401);
    }
    const current = (await call('GET', 'editions/current', people.lead)).json();
    expect((await call('POST', `editions/${current.id}/current`, people.lead)).statusCode).toBe(403);
  });
});
