import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Executor } from '../src/server/db/client';
import { collect, loadPdfKit } from '../src/server/documents/pdfkit';
import { TIME_ZONE } from '../src/server/modules/offerings/recurrence';
import { currentEditionId, loadEdition } from '../src/server/modules/seal/edition-read';
import { sealCycles, sealManualEvidence } from '../src/server/modules/seal/schema';
import { fromProjectRoot } from '../src/server/paths';
import type { MusterstadtData } from './musterstadt-data';
import { type DemoOffering, demoOfferingSchema, insertDemoOfferings } from './musterstadt-offerings';

/**
 * Musterstadt's quality seal (demo/musterstadt/seal.json): a certification cycle for every centre outside a
 * Verbund and for the Verbund (its member centres are checked within it), Sonnenblume's re-certification due
 * about three months after loading; the offerings that ran in Sonnenblume's review year, anchored to that
 * calendar year (not to the load date, which would drift out of the review period over the year); and manual
 * evidence: small real PDFs and notes. Sonnenblume then has evidence in all eight areas and in area 6 exactly
 * two gaps, 6.3 (no active cooperation with a family education centre) and 6.6 (no minutes uploaded).
 */

const key = z.string().regex(/^[a-z0-9-]+$/);
const sealOfferingSchema = demoOfferingSchema.extend({
  schedule: demoOfferingSchema.shape.schedule.omit({ startInDays: true }).extend({
    /** The first session, as month and day in the review year of the lead's cycle. */
    reviewYearDate: z.string().regex(/^\d{2}-\d{2}$/),
  }),
});
const sealFileSchema = z.object({
  cycles: z.array(
    z.object({
      organization: key,
      /** Due date relative to the load date; certified four years before it. */
      validUntilInDays: z.number().int(),
      note: z.string(),
    }),
  ),
  offerings: z.array(sealOfferingSchema),
  manualEvidence: z.array(
    z.object({
      organization: key,
      kind: z.enum(['document', 'note']),
      title: z.string().min(1),
      note: z.string(),
      criteria: z.array(z.string()).min(1),
      effectiveDaysAgo: z.number().int(),
      expiresInDays: z.number().int().nullable(),
      /** Paragraphs of the generated PDF (documents only). */
      pages: z.array(z.string()).optional(),
    }),
  ),
});
export type SealFile = z.infer<typeof sealFileSchema>;

export function readMusterstadtSeal(): SealFile {
  return sealFileSchema.parse(
    JSON.parse(readFileSync(fromProjectRoot('demo/musterstadt/seal.json'), 'utf8')),
  );
}

interface PlannedCycle {
  organization: string;
  certifiedOn: DateTime;
  validUntil: DateTime;
  reviewYear: number;
  note: string;
}

/** certifiedOn = validUntil − 4 years, reviewYear = year(validUntil) − 1: the defaults of domain.md §8. */
export function planCycles(file: SealFile, today: DateTime): PlannedCycle[] {
  return file.cycles.map((cycle) => {
    const validUntil = today.plus({ days: cycle.validUntilInDays });
    return {
      organization: cycle.organization,
      certifiedOn: validUntil.minus({ years: 4 }),
      validUntil,
      reviewYear: validUntil.year - 1,
      note: cycle.note,
    };
  });
}

/** The review year of an organisation: its own latest cycle's, else its Verbund's. */
function reviewYearOf(
  organization: string,
  cycles: PlannedCycle[],
  centres: MusterstadtData['familyCentres'],
): number {
  const latest = (org: string) =>
    cycles
      .filter((c) => c.organization === org)
      .sort((a, b) => b.certifiedOn.toMillis() - a.certifiedOn.toMillis())[0];
  const network = centres.find((c) => c.key === organization)?.network;
  const cycle = latest(organization) ?? (network ? latest(network) : undefined);
  if (!cycle) throw new Error(`demo/musterstadt/seal.json: ${organization} has no cycle`);
  return cycle.reviewYear;
}

/** The file's review-year offerings as ordinary demo offerings, their start counted from the load date. */
function anchoredOfferings(
  file: SealFile,
  cycles: PlannedCycle[],
  centres: MusterstadtData['familyCentres'],
  today: DateTime,
): DemoOffering[] {
  return file.offerings.map(({ schedule, ...offering }) => {
    const lead = offering.organizers.find((o) => o.responsibilities.includes('lead'))?.organization ?? '';
    const { reviewYearDate, ...rest } = schedule;
    const first = DateTime.fromISO(`${reviewYearOf(lead, cycles, centres)}-${reviewYearDate}`, {
      zone: TIME_ZONE,
    });
    const startInDays = Math.round(first.diff(today, 'days').days);
    return { ...offering, schedule: { ...rest, startInDays } };
  });
}

/** A small real PDF (one page, Helvetica: no font to embed), as a centre would upload a scan or an export. */
async function demoPdf(title: string, organization: string, paragraphs: readonly string[]): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: organization } });
  const bytes = collect(doc);
  doc.font('Helvetica-Bold').fontSize(16).text(title);
  doc.moveDown().font('Helvetica').fontSize(11);
  for (const paragraph of paragraphs) doc.text(paragraph).moveDown(0.5);
  doc.end();
  return bytes;
}

/** Cycles, the review-year offerings and the manual evidence; needs the catalogue's current edition. */
export async function insertMusterstadtSeal(
  tx: Executor,
  data: MusterstadtData,
  ids: { orgIds: Map<string, string>; userIds: Map<string, string> },
  now: Date,
): Promise<void> {
  const file = readMusterstadtSeal();
  const orgId = (k: string) => {
    const id = ids.orgIds.get(k);
    if (!id) throw new Error(`demo/musterstadt/seal.json: unknown organisation ${k}`);
    return id;
  };
  const editionId = await currentEditionId(tx);
  const edition = editionId ? await loadEdition(tx, editionId) : undefined;
  if (!editionId || !edition)
    throw new Error('demo seal data needs a current catalogue edition (migration 0018)');
  // Codes the catalogue lacks would be silently ignored by the self-check: fail loudly instead.
  const codes = new Set(edition.criteria.map((c) => c.code));
  const used = [
    ...file.offerings.flatMap((o) => o.sealCriteria),
    ...file.manualEvidence.flatMap((e) => e.criteria),
  ];
  const unknown = used.filter((code) => !codes.has(code));
  if (unknown.length > 0)
    throw new Error(`demo/musterstadt/seal.json: unknown criteria ${unknown.join(', ')}`);

  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  const cycles = planCycles(file, today);
  const leadOf = (org: string) =>
    ids.userIds.get(
      data.accounts.find((a) => 'organization' in a && a.organization === org && a.role === 'lead')?.email ??
        '',
    ) ?? null;
  await tx.insert(sealCycles).values(
    cycles.map((c) => ({
      organizationId: orgId(c.organization),
      editionId,
      certifiedOn: c.certifiedOn.toISODate() ?? '',
      validUntil: c.validUntil.toISODate() ?? '',
      reviewYear: c.reviewYear,
      note: c.note,
      createdBy: leadOf(c.organization),
    })),
  );
  await insertDemoOfferings(
    tx,
    anchoredOfferings(file, cycles, data.familyCentres, today),
    ids.orgIds,
    ids.userIds,
    now,
  );

  const names = new Map([...data.familyCentres, ...data.networks].map((s) => [s.key, s.name]));
  const evidenceRows: (typeof sealManualEvidence.$inferInsert)[] = [];
  for (const item of file.manualEvidence) {
    const pdf =
      item.kind === 'document'
        ? await demoPdf(item.title, names.get(item.organization) ?? '', [item.note, ...(item.pages ?? [])])
        : null;
    const effective = today.minus({ days: item.effectiveDaysAgo });
    evidenceRows.push({
      id: randomUUID(),
      organizationId: orgId(item.organization),
      kind: item.kind,
      title: item.title,
      note: item.note,
      criteria: item.criteria,
      effectiveOn: effective.toISODate() ?? '',
      expiresOn: item.expiresInDays === null ? null : today.plus({ days: item.expiresInDays }).toISODate(),
      file: pdf,
      fileName: pdf ? `${item.title.replaceAll(/[^A-Za-z0-9äöüÄÖÜß]+/g, '-')}.pdf` : null,
      fileSize: pdf ? pdf.length : null,
      createdBy: leadOf(item.organization),
      createdAt: effective.toJSDate(),
      updatedAt: effective.toJSDate(),
    });
  }
  await tx.insert(sealManualEvidence).values(evidenceRows);
}
