import { and, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Executor, Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { todayInBerlin } from '../agreements/lifecycle';
import { recordAudit } from '../audit/service';
import { currentEditionId, loadEdition } from './edition-read';
import {
  type CreateEvidenceInput,
  MAX_EVIDENCE_PDF_BYTES,
  type ManualEvidenceView,
  type UpdateEvidenceInput,
} from './evidence-schemas';
import { type EvidenceRow, evidencePermissions, loadEvidence } from './policy/evidence';
import { loadSubject, type SealSubjectRef, subjectRefOf } from './policy/subject';
import { sealManualEvidence } from './schema';
import { checkedSubjectOf } from './self-check-sources';

/**
 * Manual evidence (issue 19 §3): a PDF or a note a centre records by hand. It belongs to a facility; the
 * criteria it lists must exist in the edition the subject's self-check uses. Versioned and audited.
 */

const { file: _file, ...WITHOUT_FILE } = getTableColumns(sealManualEvidence);
type EvidenceMeta = Omit<EvidenceRow, 'file'>;

function present(
  actor: Actor,
  row: EvidenceMeta,
  facilityName: string,
  subject: SealSubjectRef,
): ManualEvidenceView {
  const today = todayInBerlin();
  return {
    id: row.id,
    kind: row.kind,
    facility: { id: row.organizationId, name: facilityName },
    title: row.title,
    note: row.note,
    criteria: row.criteria,
    effectiveOn: row.effectiveOn,
    expiresOn: row.expiresOn,
    current: row.effectiveOn <= today && (row.expiresOn === null || row.expiresOn >= today),
    fileName: row.fileName,
    fileSize: row.fileSize,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    permissions: evidencePermissions(actor, { subject, createdBy: row.createdBy }),
  };
}

async function nameOf(db: Executor, id: string): Promise<string> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name ?? '';
}

/** 422 for codes the subject's edition (its cycle's, or the current one) does not have. */
async function checkCriteria(
  db: Executor,
  subjectRow: Parameters<typeof checkedSubjectOf>[1],
  codes: string[],
) {
  const subject = await checkedSubjectOf(db, subjectRow);
  const editionId = subject.cycle?.editionId ?? (await currentEditionId(db));
  const edition = editionId ? await loadEdition(db, editionId) : undefined;
  const known = new Set(edition?.criteria.map((c) => c.code));
  const unknown = [...new Set(codes)].filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError('validation', {
      errors: [
        {
          path: 'criteria',
          message: 'seal.evidence.validation.unknownCriteria',
          params: { codes: unknown.join(', '), edition: edition?.edition.key ?? '–' },
        },
      ],
    });
  }
}

/** The PDF's bytes: a PDF by its magic bytes, at most 10 MB; a note has none. */
function fileOf(input: CreateEvidenceInput): Buffer | null {
  const invalid = (message: FieldError['message']) =>
    new AppError('validation', { errors: [{ path: 'document', message }] });
  if (input.kind === 'note') {
    if (input.document) throw invalid('seal.evidence.validation.noDocument');
    return null;
  }
  if (!input.document) throw invalid('seal.evidence.validation.document');
  const bytes = Buffer.from(input.document.contentBase64, 'base64');
  if (bytes.length > MAX_EVIDENCE_PDF_BYTES) throw invalid('seal.evidence.validation.tooLarge');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw invalid('seal.evidence.validation.notPdf');
  return bytes;
}

function checkDates(effectiveOn: string, expiresOn: string | null) {
  if (expiresOn !== null && expiresOn < effectiveOn) {
    throw new AppError('validation', {
      errors: [{ path: 'expiresOn', message: 'seal.evidence.validation.dates' }],
    });
  }
}

async function audit(
  ctx: ServiceContext,
  tx: Transaction,
  action: string,
  before?: EvidenceMeta,
  after?: EvidenceMeta,
) {
  const row = after ?? before;
  if (!row) return;
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: row.organizationId,
    entityType: 'seal_evidence',
    entityId: row.id,
    action,
    before,
    after,
  });
}

export async function createEvidence(ctx: ServiceContext, subjectId: string, input: CreateEvidenceInput) {
  const { row: subject, ref, actor } = await loadSubject(ctx, subjectId, 'addEvidence');
  const facilityId = input.facilityId ?? subject.id;
  if (![subject.id, ...ref.memberIds].includes(facilityId)) {
    throw new AppError('validation', {
      errors: [{ path: 'facilityId', message: 'seal.evidence.validation.facility' }],
    });
  }
  checkDates(input.effectiveOn, input.expiresOn);
  const file = fileOf(input);
  await checkCriteria(ctx.db, subject, input.criteria);
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(sealManualEvidence)
      .values({
        organizationId: facilityId,
        kind: input.kind,
        title: input.title,
        note: input.note,
        criteria: [...new Set(input.criteria)],
        effectiveOn: input.effectiveOn,
        expiresOn: input.expiresOn,
        file,
        fileName: file ? (input.document?.fileName ?? null) : null,
        fileSize: file ? file.length : null,
        createdBy: actor.userId,
      })
      .returning(WITHOUT_FILE);
    if (!inserted) throw new Error('insert into seal_manual_evidence returned no row');
    await audit(ctx, tx, 'create', undefined, inserted);
    return inserted;
  });
  return present(actor, row, await nameOf(ctx.db, facilityId), await subjectRefOf(ctx.db, subject));
}

/** The manual evidence of a subject's facilities, current and past, newest first. */
export async function listEvidence(ctx: ServiceContext, subjectId: string) {
  const { row: subject, actor } = await loadSubject(ctx, subjectId, 'read');
  const { facilities } = await checkedSubjectOf(ctx.db, subject);
  const ids = facilities.map((f) => f.id);
  const rows = await ctx.db
    .select(WITHOUT_FILE)
    .from(sealManualEvidence)
    .where(inArray(sealManualEvidence.organizationId, ids))
    .orderBy(desc(sealManualEvidence.effectiveOn), desc(sealManualEvidence.createdAt));
  const refs = new Map<string, SealSubjectRef>();
  const items: ManualEvidenceView[] = [];
  for (const row of rows) {
    const facility = facilities.find((f) => f.id === row.organizationId);
    let ref = refs.get(row.organizationId);
    if (!ref) {
      const [org] = await ctx.db.select().from(organizations).where(eq(organizations.id, row.organizationId));
      if (!org) continue;
      ref = await subjectRefOf(ctx.db, org);
      refs.set(row.organizationId, ref);
    }
    items.push(present(actor, row, facility?.name ?? '', ref));
  }
  return { items };
}

export async function updateEvidence(ctx: ServiceContext, id: string, input: UpdateEvidenceInput) {
  const { row, ref, actor } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadEvidence(ctx, id, 'change', { version: input.version, lock: true, db: tx });
    const before = loaded.row;
    const effectiveOn = input.effectiveOn ?? before.effectiveOn;
    const expiresOn = input.expiresOn === undefined ? before.expiresOn : input.expiresOn;
    checkDates(effectiveOn, expiresOn);
    if (input.criteria) {
      const [org] = await tx.select().from(organizations).where(eq(organizations.id, before.organizationId));
      if (org) await checkCriteria(tx, org, input.criteria);
    }
    const [after] = await tx
      .update(sealManualEvidence)
      .set({
        title: input.title ?? before.title,
        note: input.note ?? before.note,
        criteria: input.criteria ? [...new Set(input.criteria)] : before.criteria,
        effectiveOn,
        expiresOn,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(sealManualEvidence.id, id), eq(sealManualEvidence.version, before.version)))
      .returning(WITHOUT_FILE);
    if (!after) throw new Error('update of seal_manual_evidence returned no row');
    const { file: _f, ...beforeMeta } = before;
    await audit(ctx, tx, 'update', beforeMeta, after);
    return { row: after, ref: loaded.ref.subject, actor: loaded.actor };
  });
  return present(actor, row, await nameOf(ctx.db, row.organizationId), ref);
}

export async function deleteEvidence(ctx: ServiceContext, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadEvidence(ctx, id, 'change', { version, lock: true, db: tx });
    await tx.delete(sealManualEvidence).where(eq(sealManualEvidence.id, id));
    const { file: _f, ...meta } = row;
    await audit(ctx, tx, 'delete', meta, undefined);
  });
}

/** The uploaded PDF, for who reads the facility (404 for others and for a note). */
export async function evidenceFile(ctx: ServiceContext, id: string) {
  const { row } = await loadEvidence(ctx, id, 'read');
  if (!row.file) throw new AppError('not_found', { detail: 'seal.evidence.error.noFile' });
  return { bytes: row.file, name: row.fileName ?? 'nachweis.pdf' };
}
