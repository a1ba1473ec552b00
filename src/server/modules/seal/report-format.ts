/**
 * How the report and the bundle write the self-check in German (the certifier's language; both files are
 * always German, like the agreement documents): dates, kinds, the file names and the checklist as text.
 */
import type { ChecklistEntry, SealReport } from './report-model';
import { dueDateOf } from './report-model';
import type { EvidenceItem, SelfCheck } from './schemas';

/** YYYY-MM-DD → dd.mm.yyyy (no time zone: these are calendar dates). */
export function dateDe(iso: string | null): string {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export const EVIDENCE_KIND_DE: Record<EvidenceItem['kind'], string> = {
  offering: 'Angebot',
  agreement: 'Vereinbarung',
  cooperation: 'Kooperation',
  room: 'Raumüberlassung',
  document: 'Dokument',
  note: 'Notiz',
};

export const CRITERION_KIND_DE = { basic: 'Grundkriterium', advanced: 'Aufbaukriterium' } as const;

export const SUBJECT_TYPE_DE = { family_centre: 'Familienzentrum', network: 'Verbund' } as const;

export const yesNo = (value: boolean) => (value ? 'ja' : 'nein');

export function reportTitle(selfCheck: SelfCheck): string {
  return `Selbstcheck Gütesiegel Familienzentrum NRW – ${selfCheck.subject.name}`;
}

/** One evidence item as a line: kind, title, facility (a Verbund shows each member's), dates, a flag. */
export function evidenceLine(item: EvidenceItem, showFacility: boolean): string {
  const dates =
    item.from || item.until
      ? ` (${item.from ? `ab ${dateDe(item.from)}` : ''}${item.from && item.until ? ', ' : ''}${item.until ? `bis ${dateDe(item.until)}` : ''})`
      : '';
  const facility = showFacility ? ` – ${item.facility.name}` : '';
  const flag = item.expiresBeforeDue ? ' – läuft vor dem Fälligkeitstermin ab' : '';
  return `${EVIDENCE_KIND_DE[item.kind]}: ${item.title}${facility}${dates}${flag}`;
}

export function cycleLines(selfCheck: SelfCheck): string[] {
  const { cycle, edition, reviewPeriod, at } = selfCheck;
  return [
    cycle
      ? `Zertifiziert am ${dateDe(cycle.certifiedOn)}, gültig bis ${dateDe(cycle.validUntil)} (Wiederbewerbung fällig).`
      : 'Noch kein Zertifizierungszyklus erfasst.',
    `Katalog: ${edition.title}.`,
    `Prüfzeitraum: ${reviewPeriod.year} (${dateDe(reviewPeriod.from)} bis ${dateDe(reviewPeriod.to)}); Vereinbarungen, Kooperationen und Räume geprüft zum ${dateDe(at)}.`,
  ];
}

export function summaryLine(selfCheck: SelfCheck): string {
  const s = selfCheck.summary;
  return `${s.areasMet} von ${s.areas} Bereichen erfüllt, ${s.criteriaMet} von ${s.criteria} Kriterien mit Nachweis.`;
}

/** The checklist's columns, shared by the PDF table and checkliste.txt. */
export const CHECKLIST_HEADERS = [
  'Vereinbarung',
  'Parteien',
  'Unterzeichnete Fassung',
  'Laufzeit',
  'Gültig bei Fälligkeit',
] as const;

export function checklistCells(entry: ChecklistEntry): string[] {
  const signed =
    entry.signedVersion === null
      ? 'keine'
      : `Fassung ${entry.signedVersion}${entry.signedOn ? `, unterzeichnet ${dateDe(entry.signedOn)}` : ''}`;
  const term = `${dateDe(entry.startDate)} bis ${entry.endDate ? dateDe(entry.endDate) : 'unbefristet'}`;
  return [
    `${entry.reference} ${entry.title}`,
    entry.parties.join(', '),
    signed,
    term,
    entry.validAtDue ? 'ja' : 'nein – erneuern',
  ];
}

export function checklistIntro(selfCheck: SelfCheck): string {
  return `Vereinbarungen, die als Nachweis zählen: Für die Wiederbewerbung zum ${dateDe(dueDateOf(selfCheck))} prüfen, ob sie dann noch gelten, welche Fassung unterzeichnet ist und wer Partei ist.`;
}

/** checkliste.txt: the checklist for a reader without the PDF (CRLF: it opens cleanly in Windows editors). */
export function checklistText(report: SealReport): string {
  const { selfCheck, checklist } = report;
  const lines = [
    `Checkliste Wiederbewerbung – ${selfCheck.subject.name}`,
    `Fälligkeitstermin: ${dateDe(dueDateOf(selfCheck))}`,
    '',
    checklistIntro(selfCheck),
    '',
  ];
  if (checklist.length === 0) lines.push('Keine Vereinbarung zählt derzeit als Nachweis.');
  for (const entry of checklist) {
    const cells = checklistCells(entry);
    lines.push(`[${entry.validAtDue ? 'x' : ' '}] ${cells[0]}`);
    CHECKLIST_HEADERS.slice(1).forEach((header, i) => {
      lines.push(`    ${header}: ${cells[i + 1]}`);
    });
    lines.push(`    Kriterien: ${entry.criteria.join(', ')}`, '');
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name without umlauts or spaces: "Guetesiegel-Selbstcheck-Familienzentrum-Sonnenblume-2026". */
export function safeName(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function reportFileBase(selfCheck: SelfCheck): string {
  return `Guetesiegel-Selbstcheck-${safeName(selfCheck.subject.name) || 'Familienzentrum'}-${selfCheck.reviewPeriod.year}`;
}
