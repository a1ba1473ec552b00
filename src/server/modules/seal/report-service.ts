import type { ServiceContext } from '../../service-context';
import { signedAgreementFacts } from '../agreements/signed-documents';
import { reportFileBase } from './report-format';
import { type ChecklistEntry, dueDateOf, type SealReport, validOn } from './report-model';
import { renderSealReportPdf } from './report-pdf';
import type { SelfCheck } from './schemas';
import { selfCheckOf } from './self-check';

/**
 * The report and the bundle of a centre's or Verbund's self-check (issue 19 §5). Access is the subject's
 * `downloadBundle` (they hold signed agreements); the texts are German whatever the caller's language,
 * because the files go to the certifier.
 */
export async function sealReportOf(
  ctx: ServiceContext,
  subjectId: string,
  at: string | undefined,
): Promise<SealReport> {
  const selfCheck = await selfCheckOf({ ...ctx, locale: 'de' }, subjectId, {
    at,
    locale: 'de',
    action: 'downloadBundle',
  });
  return { selfCheck, checklist: await checklistOf(ctx, selfCheck), generatedAt: new Date().toISOString() };
}

/** The agreements that count as evidence, each with the criteria it counts for. */
export function agreementCriteria(selfCheck: SelfCheck): Map<string, string[]> {
  const criteria = new Map<string, string[]>();
  for (const area of selfCheck.areas)
    for (const criterion of area.criteria)
      for (const item of criterion.evidence) {
        if (item.kind !== 'agreement') continue;
        const codes = criteria.get(item.id) ?? [];
        if (!codes.includes(criterion.code)) codes.push(criterion.code);
        criteria.set(item.id, codes);
      }
  return criteria;
}

async function checklistOf(ctx: ServiceContext, selfCheck: SelfCheck): Promise<ChecklistEntry[]> {
  const criteria = agreementCriteria(selfCheck);
  const due = dueDateOf(selfCheck);
  const facts = await signedAgreementFacts(ctx.db, [...criteria.keys()]);
  return facts.map((a) => ({
    agreementId: a.id,
    reference: a.reference,
    title: a.title,
    parties: a.parties,
    signedVersion: a.inForceVersion,
    signedOn: a.signedOn,
    startDate: a.startDate,
    endDate: a.endDate,
    validAtDue: validOn(due, a.startDate, a.endDate),
    criteria: criteria.get(a.id) ?? [],
  }));
}

export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

export async function renderSealReport(
  ctx: ServiceContext,
  subjectId: string,
  at: string | undefined,
): Promise<ReportFile> {
  const report = await sealReportOf(ctx, subjectId, at);
  return {
    bytes: await renderSealReportPdf(report),
    contentType: 'application/pdf',
    fileName: `${reportFileBase(report.selfCheck)}.pdf`,
  };
}
