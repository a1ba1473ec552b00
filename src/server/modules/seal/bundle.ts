import { and, inArray, isNotNull } from 'drizzle-orm';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ServiceContext } from '../../service-context';
import { signedAgreementFiles } from '../agreements/signed-documents';
import { sealOfferingsOf } from '../offerings/seal-offerings';
import { offeringsCsv } from './bundle-csv';
import { checklistText, reportFileBase, safeName } from './report-format';
import { renderSealReportPdf } from './report-pdf';
import { type ReportFile, sealReportOf } from './report-service';
import { sealManualEvidence } from './schema';
import type { SelfCheck } from './schemas';

/**
 * The evidence bundle for the certifier's upload (issue 19 §5): one ZIP with the report PDF, the signed PDF
 * of every agreement that counts (the uploaded signed scans, else the version in force as rendered by the
 * agreements module), the offerings as CSV, the manual evidence files and the re-submission checklist.
 * Everything is read at the moment of download, like the self-check itself (decision 017).
 */
export async function renderSealBundle(
  ctx: ServiceContext,
  subjectId: string,
  at: string | undefined,
): Promise<ReportFile> {
  const report = await sealReportOf(ctx, subjectId, at);
  const { selfCheck } = report;
  const base = reportFileBase(selfCheck);
  // PDFs are compressed already: they are stored as they are, only the texts are deflated.
  const stored = (bytes: Uint8Array): Zippable[string] => [bytes, { level: 0 }];
  const files: Zippable = {
    [`${base}.pdf`]: stored(await renderSealReportPdf(report)),
    'checkliste.txt': strToU8(checklistText(report)),
  };
  const sessions = await sealOfferingsOf(
    ctx.db,
    selfCheck.subject.facilities.map((f) => f.id),
    selfCheck.reviewPeriod,
  );
  files['angebote.csv'] = strToU8(offeringsCsv(selfCheck, sessions, ctx.config.publicUrl));
  for (const entry of report.checklist)
    for (const file of await signedAgreementFiles(ctx, entry.agreementId))
      files[`Vereinbarungen/${file.fileName}`] = stored(file.bytes);
  for (const file of await manualFiles(ctx, selfCheck)) files[`Nachweise/${file.name}`] = stored(file.bytes);
  const zip = zipSync(files, { level: 6, mtime: new Date(report.generatedAt) });
  return { bytes: Buffer.from(zip), contentType: 'application/zip', fileName: `${base}-Nachweise.zip` };
}

/** The uploaded files among the self-check's manual evidence, with names unique in the folder. */
async function manualFiles(ctx: ServiceContext, selfCheck: SelfCheck) {
  const ids = new Set<string>();
  for (const area of selfCheck.areas)
    for (const criterion of area.criteria)
      for (const item of criterion.evidence) if (item.hasFile) ids.add(item.id);
  if (ids.size === 0) return [];
  const rows = await ctx.db
    .select({
      id: sealManualEvidence.id,
      title: sealManualEvidence.title,
      file: sealManualEvidence.file,
    })
    .from(sealManualEvidence)
    .where(and(inArray(sealManualEvidence.id, [...ids]), isNotNull(sealManualEvidence.file)));
  return rows
    .sort((a, b) => a.title.localeCompare(b.title, 'de'))
    .map((r) => ({
      // The id's first block keeps two documents of the same title apart.
      name: `${safeName(r.title) || 'Nachweis'}-${r.id.slice(0, 8)}.pdf`,
      bytes: r.file as Buffer,
    }));
}
