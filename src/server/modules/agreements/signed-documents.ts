import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../../service-context';
import { documentModel } from './document-service';
import { agreementDocumentFileName } from './documents/model';
import { renderAgreementPdf } from './documents/pdf';
import { findVersion, loadMany } from './repo';
import { agreementSignatures, agreements } from './schema';

/**
 * What other modules may know of signed agreements for a certification (decision 014): the seal's evidence
 * bundle lists the agreements that count as evidence with their signed version and parties, and puts each
 * one's signed PDF into the bundle. Callers decide access (the seal bundle: `downloadBundle` on the subject).
 */
export interface SignedAgreementFacts {
  id: string;
  reference: string;
  title: string;
  startDate: string;
  endDate: string | null;
  /** The version in force (signed), null when none is. */
  inForceVersion: number | null;
  /** The last signature of the version in force. */
  signedOn: string | null;
  /** The parties in their order: the organisation, and the facilities it acts for ("AWO (für Kita X)"). */
  parties: string[];
}

export async function signedAgreementFacts(
  db: Executor,
  ids: readonly string[],
): Promise<SignedAgreementFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(agreements)
    .where(inArray(agreements.id, [...new Set(ids)]))
    .orderBy(asc(agreements.reference));
  const loaded = await loadMany(db, rows, { signatures: false });
  const signatures = await db
    .select({
      agreementId: agreementSignatures.agreementId,
      versionNumber: agreementSignatures.versionNumber,
      signedOn: agreementSignatures.signedOn,
    })
    .from(agreementSignatures)
    .where(inArray(agreementSignatures.agreementId, ids as string[]));
  return loaded.map(({ row, parties }) => {
    const dates = signatures
      .filter((s) => s.agreementId === row.id && s.versionNumber === row.inForceVersion)
      .map((s) => s.signedOn)
      .sort();
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      startDate: row.startDate,
      endDate: row.endDate,
      inForceVersion: row.inForceVersion,
      signedOn: dates.at(-1) ?? null,
      parties: parties.map((p) => {
        const facilities = p.facilities.filter((f) => f.id !== p.organizationId).map((f) => f.name);
        return facilities.length > 0
          ? `${p.organizationName} (für ${facilities.join(', ')})`
          : p.organizationName;
      }),
    };
  });
}

export interface SignedAgreementFile {
  agreementId: string;
  /** A file name without directories, unique within one agreement. */
  fileName: string;
  bytes: Buffer;
  /** true: a party's uploaded signed scan; false: the version in force as the agreements module renders it. */
  scan: boolean;
}

const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * The signed document(s) of one agreement's version in force: the parties' uploaded signed scans where there
 * are any (the legally signed paper), else the version rendered as PDF. Nothing when no version is in force.
 */
export async function signedAgreementFiles(ctx: ServiceContext, id: string): Promise<SignedAgreementFile[]> {
  const [row] = await ctx.db.select().from(agreements).where(eq(agreements.id, id));
  if (!row || row.inForceVersion === null) return [];
  const number = row.inForceVersion;
  const scans = await ctx.db
    .select({ pdf: agreementSignatures.pdf, name: agreementSignatures.pdfName })
    .from(agreementSignatures)
    .where(
      and(
        eq(agreementSignatures.agreementId, id),
        eq(agreementSignatures.versionNumber, number),
        isNotNull(agreementSignatures.pdf),
      ),
    )
    .orderBy(asc(agreementSignatures.signedOn), asc(agreementSignatures.createdAt));
  const base = agreementDocumentFileName({ reference: row.reference, version: number });
  if (scans.length > 0)
    return scans.map((s, i) => ({
      agreementId: id,
      fileName: `${base}-unterzeichnet-${i + 1}${s.name ? `-${safe(s.name.replace(/\.pdf$/i, ''))}` : ''}.pdf`,
      bytes: s.pdf as Buffer,
      scan: true,
    }));
  const version = await findVersion(ctx.db, id, number);
  const [loaded] = await loadMany(ctx.db, [row]);
  if (!version || !loaded) return [];
  const bytes = await renderAgreementPdf(await documentModel(ctx, loaded, version));
  return [{ agreementId: id, fileName: `${base}.pdf`, bytes, scan: false }];
}
