import Papa from 'papaparse';
import { dateDe } from './report-format';
import type { SelfCheck } from './schemas';

/**
 * angebote.csv of the evidence bundle: each offering that counts in the self-check, with the criteria it
 * counts for, its facility and its sessions in the review period. Semicolons and a byte-order mark, because
 * that is what German Excel opens correctly with umlauts.
 */
export interface OfferingSessions {
  id: string;
  facilityId: string;
  sessionsInPeriod: number;
  firstInPeriod: string | null;
  lastInPeriod: string | null;
}

/** Cells a spreadsheet would run as a formula (see interop/network-exports.ts). */
const FORMULA_START = /^[=+\-@\t\r]/;

export const OFFERINGS_CSV_HEADERS = [
  'Angebot',
  'Einrichtung',
  'Kriterien',
  'Termine im Prüfzeitraum',
  'Erster Termin',
  'Letzter Termin',
  'Link',
] as const;

interface CountedOffering {
  id: string;
  title: string;
  facility: { id: string; name: string };
  link: string;
  criteria: string[];
}

/** The offerings among the self-check's evidence, once per offering and facility, with their criteria. */
export function countedOfferings(selfCheck: SelfCheck): CountedOffering[] {
  const byKey = new Map<string, CountedOffering>();
  for (const area of selfCheck.areas)
    for (const criterion of area.criteria)
      for (const item of criterion.evidence) {
        if (item.kind !== 'offering') continue;
        const key = `${item.id}/${item.facility.id}`;
        const entry = byKey.get(key) ?? { ...item, criteria: [] };
        if (!entry.criteria.includes(criterion.code)) entry.criteria.push(criterion.code);
        byKey.set(key, entry);
      }
  return [...byKey.values()].sort(
    (a, b) => a.facility.name.localeCompare(b.facility.name, 'de') || a.title.localeCompare(b.title, 'de'),
  );
}

/** `baseUrl`: the instance's public address, so that the certifier's copy links to the offering. */
export function offeringsCsv(
  selfCheck: SelfCheck,
  sessions: readonly OfferingSessions[],
  baseUrl: string,
): string {
  const data = countedOfferings(selfCheck).map((o) => {
    const s = sessions.find((x) => x.id === o.id && x.facilityId === o.facility.id);
    return [
      o.title,
      o.facility.name,
      o.criteria.join(', '),
      String(s?.sessionsInPeriod ?? 0),
      dateDe(s?.firstInPeriod ?? null),
      dateDe(s?.lastInPeriod ?? null),
      `${baseUrl}${o.link}`,
    ];
  });
  const csv = Papa.unparse(
    { fields: [...OFFERINGS_CSV_HEADERS], data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}\r\n`;
}
