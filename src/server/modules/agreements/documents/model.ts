/**
 * The contract between the agreements module and the document renderers (PDF, DOCX).
 * The agreements service maps one agreement version into this plain, already-localised
 * model; the renderers only lay it out and never touch the database, so they stay pure,
 * fast and testable without one. All texts are final German display texts.
 */
export interface AgreementDocumentParty {
  /** The Träger, e.g. "Stadt Musterstadt" or "Caritasverband Musterstadt e. V.". */
  name: string;
  /** The party's role in this agreement, e.g. "Träger des Familienzentrums". */
  role?: string;
  /** The facilities the party acts for, e.g. ["Familienzentrum Sonnenblume"]. */
  facilities: string[];
  /** One-line or multi-line postal address ("\n" separates lines). */
  address?: string;
  representative?: { name: string; role: string };
}

export interface AgreementDocumentSection {
  /** Printed as "§ <number>". */
  number: number;
  title: string;
  /** Plain-text paragraphs; a "\n" inside a paragraph is a line break. */
  paragraphs: string[];
}

/** One row of the responsibilities matrix (party × service). */
export interface AgreementDocumentService {
  party: string;
  service: string;
  frequency?: string;
  place?: string;
  hoursPerMonth?: number;
}

export interface AgreementDocumentSignature {
  party: string;
  name?: string;
  role?: string;
  place?: string;
  /** Absent → an empty line "Ort, Datum" to sign by hand. */
  signedAt?: Date;
}

export interface AgreementDocumentModel {
  /** e.g. "Kooperationsvereinbarung – Offene Sprechstunde der Erziehungsberatung". */
  title: string;
  /** e.g. "KV-2026-0012". */
  reference: string;
  version: number;
  /** German label, e.g. "Unterzeichnet", "Entwurf". */
  statusLabel: string;
  generatedAt: Date;
  parties: AgreementDocumentParty[];
  /** Numbered sections in print order (§ 1 …). */
  sections: AgreementDocumentSection[];
  services: AgreementDocumentService[];
  /**
   * The matrix table goes at the end of the section with this number. Absent (or no such
   * section) → the table gets its own heading "Leistungen der Parteien" after the last section.
   */
  servicesSectionNumber?: number;
  signatures: AgreementDocumentSignature[];
  /** true → notice "Entwurf – nicht unterzeichnet" on every page. */
  draft: boolean;
}

/** The file name (without extension) the routes should offer for download. */
export function agreementDocumentFileName(
  model: Pick<AgreementDocumentModel, 'reference' | 'version'>,
): string {
  const safe = model.reference.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `Kooperationsvereinbarung-${safe || 'ohne-Nummer'}-v${model.version}`;
}
