import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { statusLabel, todayInBerlin } from './lifecycle';
import { loadAgreement, signingParty } from './policy/agreements';
import { partyName } from './present';
import type { LoadedAgreement } from './repo';
import { agreementSignatures, agreements } from './schema';
import { type CreateSignatureInput, MAX_SIGNED_PDF_BYTES } from './schemas';

type SignatureRow = typeof agreementSignatures.$inferSelect;

function presentSignature(loaded: LoadedAgreement, row: SignatureRow, names: Map<string, string>) {
  const party = loaded.parties.find((p) => p.id === row.partyId);
  return {
    id: row.id,
    versionNumber: row.versionNumber,
    party: { id: row.partyId, name: party ? partyName(party) : '' },
    signerName: row.signerName,
    signerRole: row.signerRole,
    signedOn: row.signedOn,
    recordedBy: { id: row.recordedBy ?? '', name: names.get(row.recordedBy ?? '') ?? '' },
    document:
      row.pdfName && row.pdfSize !== null
        ? {
            fileName: row.pdfName,
            size: row.pdfSize,
            url: `/api/v1/agreements/${row.agreementId}/signatures/${row.id}/document.pdf`,
          }
        : null,
  };
}

async function userNames(ctx: ServiceContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const COLUMNS = {
  id: agreementSignatures.id,
  agreementId: agreementSignatures.agreementId,
  versionNumber: agreementSignatures.versionNumber,
  partyId: agreementSignatures.partyId,
  signerName: agreementSignatures.signerName,
  signerRole: agreementSignatures.signerRole,
  signedOn: agreementSignatures.signedOn,
  recordedBy: agreementSignatures.recordedBy,
  pdfSize: agreementSignatures.pdfSize,
  pdfName: agreementSignatures.pdfName,
  createdAt: agreementSignatures.createdAt,
};

export async function listSignatures(ctx: ServiceContext, id: string) {
  const { row: loaded } = await loadAgreement(ctx, id, 'readContent');
  const rows = await ctx.db
    .select(COLUMNS)
    .from(agreementSignatures)
    .where(eq(agreementSignatures.agreementId, id))
    .orderBy(asc(agreementSignatures.versionNumber), asc(agreementSignatures.createdAt));
  const names = await userNames(
    ctx,
    rows.map((r) => r.recordedBy),
  );
  return { items: rows.map((r) => presentSignature(loaded, { ...r, pdf: null }, names)) };
}

/** Checks the optional scan: a PDF by its magic bytes, at most 10 MB. Returns the bytes. */
function decodePdf(document: CreateSignatureInput['document']): Buffer | null {
  if (!document) return null;
  const bytes = Buffer.from(document.contentBase64, 'base64');
  if (bytes.length > MAX_SIGNED_PDF_BYTES) {
    throw new AppError('validation', {
      errors: [{ path: 'document.contentBase64', message: 'validation.agreementPdfTooLarge' }],
    });
  }
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppError('validation', {
      errors: [{ path: 'document.contentBase64', message: 'validation.agreementNotAPdf' }],
    });
  }
  return bytes;
}

/** Records one party's signature of the current version. */
export async function sign(ctx: ServiceContext, id: string, input: CreateSignatureInput) {
  const pdf = decodePdf(input.document);
  const today = todayInBerlin();
  const signedOn = input.signedOn ?? today;
  if (signedOn > today) {
    throw new AppError('validation', {
      errors: [{ path: 'signedOn', message: 'validation.agreementSignedOnFuture' }],
    });
  }
  const { loaded, row, actor } = await ctx.db.transaction(async (tx) => {
    // The signature is for the text the signer saw: `version` is the agreement's version they read.
    const { row: loaded, actor } = await loadAgreement(ctx, id, 'readContent', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const party = signingParty(actor, loaded, input.partyId);
    if (loaded.row.status !== 'ready_for_signature') {
      throw new AppError('conflict', {
        detail: 'error.agreementNotForSignature.detail',
        params: { status: statusLabel(ctx.locale, loaded.row.status) },
      });
    }
    if (loaded.signedPartyIds.has(party.id)) {
      throw new AppError('conflict', { detail: 'error.agreementAlreadySigned.detail' });
    }
    const [inserted] = await tx
      .insert(agreementSignatures)
      .values({
        agreementId: id,
        versionNumber: loaded.row.currentVersion,
        partyId: party.id,
        signerName: input.signerName ?? actor.name,
        signerRole: input.signerRole,
        signedOn,
        recordedBy: actor.userId,
        pdf,
        pdfSize: pdf?.length ?? null,
        pdfName: input.document?.fileName ?? null,
      })
      .returning(COLUMNS);
    if (!inserted) throw new AppError('internal');
    // The version is not bumped: parties sign independently; any change of the text bumps it.
    await tx.update(agreements).set({ updatedAt: new Date() }).where(eq(agreements.id, id));
    await recordAudit(tx, {
      actor,
      organizationId: party.organizationId,
      entityType: 'agreement',
      entityId: id,
      action: 'sign',
      after: { ...inserted, partyName: partyName(party) },
    });
    return { loaded, row: inserted, actor };
  });
  const names = new Map([[actor.userId, actor.name]]);
  return presentSignature(loaded, { ...row, pdf: null }, names);
}

export async function signedPdf(ctx: ServiceContext, id: string, signatureId: string) {
  await loadAgreement(ctx, id, 'readContent');
  const [row] = await ctx.db
    .select({ pdf: agreementSignatures.pdf, name: agreementSignatures.pdfName })
    .from(agreementSignatures)
    .where(and(eq(agreementSignatures.id, signatureId), eq(agreementSignatures.agreementId, id)));
  if (!row?.pdf) throw notFound();
  return { bytes: row.pdf, name: row.name ?? 'unterschrift.pdf' };
}
