import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { allowQuestions } from './policy/assessments';
import type { UpdateQuestionsInput } from './questions-schemas';
import { assessmentQuestions } from './schema';

/**
 * An organisation's own assessment questions (issue 17 §3: "the questions are data an organisation can
 * adapt"). The fixed questions are columns of the revision; these come on top. A removed question is
 * archived, so that old revisions keep their answers and labels.
 */
export type QuestionRow = typeof assessmentQuestions.$inferSelect;

const ordered = [
  asc(assessmentQuestions.position),
  asc(assessmentQuestions.createdAt),
  asc(assessmentQuestions.id),
];

/** The questions an organisation asks now, in order. */
export function activeQuestions(db: Executor, organizationId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(assessmentQuestions)
    .where(
      and(eq(assessmentQuestions.organizationId, organizationId), isNull(assessmentQuestions.archivedAt)),
    )
    .orderBy(...ordered);
}

/** Questions by id (archived ones too), for the answers of old revisions. */
export function questionsById(db: Executor, organizationId: string, ids: string[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(assessmentQuestions)
    .where(and(eq(assessmentQuestions.organizationId, organizationId), inArray(assessmentQuestions.id, ids)))
    .orderBy(...ordered);
}

export function presentQuestion(row: QuestionRow) {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    hint: row.hint,
    position: row.position,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** A version of the set of questions (there is no row for the set): a digest of what is asked now. */
function versionOf(rows: QuestionRow[]): string {
  const state = rows.map((r) => [r.id, r.kind, r.label, r.hint, r.position]);
  return createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 16);
}

export async function getQuestions(ctx: ServiceContext, organizationId: string) {
  const { organization, permissions } = await allowQuestions(ctx, organizationId, 'read');
  const rows = await activeQuestions(ctx.db, organizationId);
  return { organization, items: rows.map(presentQuestion), version: versionOf(rows), permissions };
}

function checkQuestions(input: UpdateQuestionsInput, current: QuestionRow[]): void {
  const byId = new Map(current.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  input.questions.forEach((q, index) => {
    if (!q.id) return;
    const existing = byId.get(q.id);
    if (!existing)
      errors.push({ path: `questions.${index}.id`, message: 'assessments.validation.questionUnknown' });
    else if (existing.kind !== q.kind)
      errors.push({ path: `questions.${index}.kind`, message: 'assessments.validation.questionKindFixed' });
    if (seen.has(q.id))
      errors.push({ path: `questions.${index}.id`, message: 'assessments.validation.questionDuplicate' });
    seen.add(q.id);
  });
  if (errors.length > 0) throw new AppError('validation', { errors });
}

export async function updateQuestions(
  ctx: ServiceContext,
  organizationId: string,
  input: UpdateQuestionsInput,
) {
  await ctx.db.transaction(async (tx) => {
    const { actor } = await allowQuestions({ ...ctx, db: tx }, organizationId, 'update');
    // Serialise changes of one organisation's questions: the set has no row of its own to lock.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`assessment_questions:${organizationId}`}))`,
    );
    const current = await activeQuestions(tx, organizationId);
    const version = versionOf(current);
    if (version !== input.version) {
      throw new AppError('conflict', { detail: 'error.staleVersion.detail', params: { current: version } });
    }
    checkQuestions(input, current);
    const kept = new Set(input.questions.flatMap((q) => (q.id ? [q.id] : [])));
    const archived = current.filter((q) => !kept.has(q.id)).map((q) => q.id);
    const created: string[] = [];
    for (const [index, q] of input.questions.entries()) {
      const values = { label: q.label, hint: q.hint ?? null, position: q.position ?? index };
      if (q.id) {
        await tx.update(assessmentQuestions).set(values).where(eq(assessmentQuestions.id, q.id));
        continue;
      }
      const [row] = await tx
        .insert(assessmentQuestions)
        .values({ ...values, organizationId, kind: q.kind })
        .returning({ id: assessmentQuestions.id });
      if (row) created.push(row.id);
    }
    if (archived.length > 0) {
      await tx
        .update(assessmentQuestions)
        .set({ archivedAt: new Date() })
        .where(inArray(assessmentQuestions.id, archived));
    }
    // Ids only: the trail is read by instance admins, who do not read an organisation's assessments.
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'assessment_questions',
      entityId: organizationId,
      action: 'update',
      after: { created, kept: [...kept], archived },
    });
  });
  return getQuestions(ctx, organizationId);
}
