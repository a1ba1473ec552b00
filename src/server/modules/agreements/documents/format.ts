/**
 * German display texts and formatting shared by the PDF and DOCX renderers, so both documents
 * say exactly the same thing. Documents are always German (the legal text of the agreement).
 */
import { DateTime } from 'luxon';
import type { AgreementDocumentModel, AgreementDocumentParty, AgreementDocumentService } from './model';

const ZONE = 'Europe/Berlin';

export const LABELS = {
  reference: 'Nummer',
  version: 'Version',
  status: 'Status',
  generatedAt: 'Erstellt am',
  between: 'zwischen',
  and: 'und',
  parties: 'Vertragsparteien',
  actingFor: 'für',
  representedBy: 'vertreten durch',
  draftNotice: 'Entwurf – nicht unterzeichnet',
  draftWatermark: 'ENTWURF',
  servicesAnnex: 'Anlage: Leistungen der Parteien',
  signatures: 'Unterschriften',
  placeDate: 'Ort, Datum',
  nameRole: 'Name, Funktion',
  signedOn: 'unterzeichnet am',
} as const;

/** Column headings and relative widths of the responsibilities matrix. */
export const SERVICE_COLUMNS = [
  { label: 'Partei', width: 0.25 },
  { label: 'Leistung', width: 0.31 },
  { label: 'Häufigkeit', width: 0.15 },
  { label: 'Ort', width: 0.2 },
  { label: 'Std./Monat', width: 0.09 },
] as const;

export function formatDate(date: Date): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).toFormat('dd.MM.yyyy');
}

export function formatDateTime(date: Date): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).toFormat("dd.MM.yyyy, HH:mm 'Uhr'");
}

// Creating an Intl.NumberFormat is costly; one per process.
const HOURS = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** German decimal comma, at most two decimals: 1.5 → "1,5". */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined || !Number.isFinite(hours)) return '';
  return HOURS.format(hours);
}

export function pageLabel(page: number, pages: number): string {
  return `Seite ${page} von ${pages}`;
}

export function footerLabel(model: Pick<AgreementDocumentModel, 'reference' | 'version'>): string {
  return `${model.reference} · ${LABELS.version} ${model.version}`;
}

export function sectionHeading(section: { number: number; title: string }): string {
  return `§ ${section.number} ${section.title}`;
}

/** The title page's key/value lines. */
export function metaLines(model: AgreementDocumentModel): [string, string][] {
  return [
    [LABELS.reference, model.reference],
    [LABELS.version, String(model.version)],
    [LABELS.status, model.statusLabel],
    [LABELS.generatedAt, formatDateTime(model.generatedAt)],
  ];
}

/** The lines under a party's name on the title page (role, facilities, address, representative). */
export function partyDetailLines(party: AgreementDocumentParty): string[] {
  const lines: string[] = [];
  if (party.role) lines.push(party.role);
  if (party.facilities.length > 0) lines.push(`${LABELS.actingFor} ${party.facilities.join(', ')}`);
  if (party.address) lines.push(...party.address.split('\n').filter((l) => l.trim() !== ''));
  if (party.representative)
    lines.push(`${LABELS.representedBy} ${party.representative.name}, ${party.representative.role}`);
  return lines;
}

/** "zwischen A und B"; with more parties "zwischen A, B … und Z": only the last one gets "und". */
export function partyConnector(index: number, count: number): string | undefined {
  return index > 0 && index === count - 1 ? LABELS.and : undefined;
}

export function serviceCells(service: AgreementDocumentService): string[] {
  return [
    service.party,
    service.service,
    service.frequency ?? '',
    service.place ?? '',
    formatHours(service.hoursPerMonth),
  ];
}

/**
 * Where the responsibilities matrix goes: inside the section named by `servicesSectionNumber`,
 * or (undefined) as an annex after the last section. No services → no table at all.
 */
export function servicesPlacement(model: AgreementDocumentModel): 'none' | 'annex' | number {
  if (model.services.length === 0) return 'none';
  const number = model.servicesSectionNumber;
  if (number !== undefined && model.sections.some((s) => s.number === number)) return number;
  return 'annex';
}

/** "Musterstadt, 12.03.2026" / "Musterstadt" / "12.03.2026" / "" for a signature block. */
export function signaturePlaceDate(signature: { place?: string; signedAt?: Date }): string {
  const parts = [signature.place, signature.signedAt ? formatDate(signature.signedAt) : undefined];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

export function documentSubject(model: AgreementDocumentModel): string {
  return `Kooperationsvereinbarung ${model.reference}, ${LABELS.version} ${model.version}: ${model.parties
    .map((p) => p.name)
    .join(', ')}`;
}

/**
 * Text pasted from other programs brings \r\n, tabs and control characters; control characters
 * are not allowed in XML at all and would make the DOCX unreadable for Word.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
  );
}

function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  return value;
}

/** The model with every text cleaned (see cleanText); both renderers start with this. */
export function cleanModel(model: AgreementDocumentModel): AgreementDocumentModel {
  return cleanDeep(model);
}
