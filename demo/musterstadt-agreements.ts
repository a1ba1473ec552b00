import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import { servicesForParties } from '../src/server/modules/agreements/edit';
import { mergeSections } from '../src/server/modules/agreements/lifecycle';
import { nextReference } from '../src/server/modules/agreements/repo';
import {
  type AgreementStatus,
  agreementParties,
  agreementSignatures,
  agreementStatuses,
  agreements,
  agreementTemplates,
  agreementVersions,
} from '../src/server/modules/agreements/schema';
import { ensureBuiltInTemplates } from '../src/server/modules/agreements/templates';
import { fromProjectRoot } from '../src/server/paths';
import type { MusterstadtData } from './musterstadt-data';

/** demo/musterstadt/agreements.json: dates are days relative to loading, so "due soon" stays due soon. */
const entrySchema = z.object({
  key: z.string(),
  title: z.string().min(1),
  template: z.string(),
  status: z.enum(agreementStatuses),
  /** [centre or Verbund, partner]: each party is the facility's Träger acting for it. */
  facilities: z.tuple([z.string(), z.string()]),
  startInDays: z.number().int(),
  endInDays: z.number().int().optional(),
  reviewInDays: z.number().int().optional(),
  noticeMonths: z.number().int().optional(),
  autoRenewal: z.boolean().optional(),
  hours: z.number().optional(),
  shared: z.boolean().optional(),
  needsAmendment: z.boolean().optional(),
  amendNote: z.string().optional(),
  framework: z.string().optional(),
});
type Entry = z.infer<typeof entrySchema>;

export function readAgreements(): Entry[] {
  const raw = JSON.parse(readFileSync(fromProjectRoot('demo/musterstadt/agreements.json'), 'utf8'));
  return z.array(entrySchema).parse(raw);
}

const SIGNED: readonly AgreementStatus[] = ['signed', 'active', 'review_due', 'amended', 'ended'];
const PEOPLE = [
  'Martina Schulte',
  'Jürgen Weber',
  'Ayşe Demir',
  'Frank Köhler',
  'Birgit Lange',
  'Stefan Groß',
];

function pick<T>(list: readonly T[], key: string): T {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return list[hash % list.length] as T;
}

interface Context {
  data: MusterstadtData;
  orgId: (key: string) => string;
  municipalityOf: (organizationId: string) => string | undefined;
  now: Date;
  createdBy: string | null;
}

/** The rows of all demo agreements, inserted with one statement per table. */
interface Rows {
  agreements: (typeof agreements.$inferInsert)[];
  parties: (typeof agreementParties.$inferInsert)[];
  versions: (typeof agreementVersions.$inferInsert)[];
  signatures: (typeof agreementSignatures.$inferInsert)[];
}

type PartyRow = typeof agreementParties.$inferInsert & { id: string; position: number };

function dateIn(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function facilityOf(data: MusterstadtData, key: string) {
  const all = [...data.familyCentres, ...data.partners, ...data.networks];
  const facility = all.find((f) => f.key === key);
  if (!facility) throw new Error(`demo agreements: unknown facility ${key}`);
  return facility;
}

/** Representatives: the demo account of a centre's lead where there is one, else a stable invented name. */
function representativeOf(data: MusterstadtData, facilityKey: string) {
  const lead = data.accounts.find(
    (a) => 'organization' in a && a.organization === facilityKey && a.role === 'lead',
  );
  const name = lead?.name ?? pick(PEOPLE, facilityKey);
  return {
    name,
    role:
      facilityKey.startsWith('fz-') || facilityKey.startsWith('verbund') ? 'Leitung' : 'Fachbereichsleitung',
  };
}

function planEntry(
  ctx: Context,
  rows: Rows,
  entry: Entry,
  reference: string,
  templates: Map<string, typeof agreementTemplates.$inferSelect>,
  frameworks: Map<string, string>,
) {
  const { data, orgId, now } = ctx;
  const template = templates.get(entry.template);
  if (!template) throw new Error(`demo agreements: unknown template ${entry.template}`);
  const startDate = dateIn(now, entry.startInDays);
  const signed = SIGNED.includes(entry.status);
  const amended = entry.status === 'amended';
  const frameworkId = entry.framework ? (frameworks.get(entry.framework) ?? randomUUID()) : null;
  if (entry.framework && frameworkId) frameworks.set(entry.framework, frameworkId);
  const agreementId = randomUUID();
  rows.agreements.push({
    id: agreementId,
    reference,
    title: entry.title,
    type: template.type,
    templateId: template.id,
    status: entry.status,
    municipalityId: ctx.municipalityOf(orgId(entry.facilities[0])) ?? '',
    currentVersion: amended ? 2 : 1,
    inForceVersion: signed ? 1 : null,
    startDate,
    endDate: entry.endInDays === undefined ? null : dateIn(now, entry.endInDays),
    autoRenewal: entry.autoRenewal ?? false,
    noticePeriodMonths: entry.noticeMonths ?? 3,
    reviewDate: entry.reviewInDays === undefined ? null : dateIn(now, entry.reviewInDays),
    sharedWithYouthOffice: entry.shared ?? false,
    frameworkId,
    createdBy: ctx.createdBy,
    ...(entry.needsAmendment && {
      needsAmendmentReason: 'verbund_member_left',
      needsAmendmentDetail: 'Familienzentrum Löwenzahn',
      needsAmendmentSince: new Date(now.getTime() - 12 * 86_400_000),
    }),
  });
  const parties = planParties(ctx, agreementId, entry);
  rows.parties.push(...parties);
  const partyIds = parties.map((p) => p.id);
  const services = servicesForParties(
    template.services.map((s, i) =>
      i === 0 && entry.hours !== undefined ? { ...s, hoursPerMonth: entry.hours } : s,
    ),
    partyIds,
  );
  const checks = signed
    ? partyIds.map((partyId, i) => ({
        partyId,
        checkedOn: dateIn(now, entry.startInDays - 30),
        checkedBy: representativeOf(data, entry.facilities[i] ?? '').name,
      }))
    : [];
  const sections = mergeSections(template.sections);
  rows.versions.push({
    agreementId,
    number: 1,
    status: signed ? 'signed' : 'draft',
    sections,
    services,
    childProtectionChecks: checks,
    signedAt: signed ? new Date(`${dateIn(now, entry.startInDays - 7)}T10:00:00Z`) : null,
    createdBy: ctx.createdBy,
  });
  if (amended) {
    rows.versions.push({
      agreementId,
      number: 2,
      sections: { ...sections, services: `${sections.services}\n\n${entry.amendNote ?? ''}`.trim() },
      services,
      childProtectionChecks: checks,
      createdBy: ctx.createdBy,
    });
  }
  rows.signatures.push(...planSignatures(ctx, agreementId, entry, parties));
}

function planParties(ctx: Context, agreementId: string, entry: Entry): PartyRow[] {
  const { data, orgId } = ctx;
  const verbund = data.networks[0];
  const members = verbund
    ? data.familyCentres.filter((c) => c.network === verbund.key).map((c) => orgId(c.key))
    : [];
  // The agreement needing amendment relied on Löwenzahn being in the Verbund when it was signed.
  const recorded = entry.needsAmendment ? [...members, orgId('fz-loewenzahn')] : members;
  return entry.facilities.map((key, position) => {
    const facility = facilityOf(data, key);
    const representative = representativeOf(data, key);
    return {
      id: randomUUID(),
      agreementId,
      position,
      organizationId: orgId(facility.provider),
      facilityIds: [orgId(key)],
      verbundMembers: verbund && key === verbund.key ? { [orgId(key)]: recorded.sort() } : {},
      representativeName: representative.name,
      representativeRole: representative.role,
    };
  });
}

function planSignatures(
  ctx: Context,
  agreementId: string,
  entry: Entry,
  parties: PartyRow[],
): (typeof agreementSignatures.$inferInsert)[] {
  const signedAll = SIGNED.includes(entry.status);
  // Ready for signature: the centre has signed, the partner has not yet.
  const signing = signedAll ? parties : entry.status === 'ready_for_signature' ? parties.slice(0, 1) : [];
  return signing.map((party, i) => ({
    agreementId,
    versionNumber: 1,
    partyId: party.id,
    signerName: party.representativeName ?? '',
    signerRole: party.representativeRole ?? '',
    signedOn: dateIn(ctx.now, Math.min(entry.startInDays - 7 - i, -1)),
    recordedBy: ctx.createdBy,
  }));
}

/** About 30 agreements of Musterstadt in every status (issue 7, item 9). */
export async function insertMusterstadtAgreements(
  tx: Executor,
  data: MusterstadtData,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  await ensureBuiltInTemplates(tx);
  const templates = new Map((await tx.select().from(agreementTemplates)).map((t) => [t.key, t]));
  const orgId = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`demo agreements: unresolved key ${key}`);
    return id;
  };
  const municipalities = new Map(
    (
      await tx
        .select({ id: organizations.id, municipalityId: organizations.municipalityId })
        .from(organizations)
        .where(inArray(organizations.id, [...orgIds.values()]))
    ).map((o) => [o.id, o.municipalityId]),
  );
  const ctx: Context = {
    data,
    orgId,
    municipalityOf: (organizationId) => municipalities.get(organizationId),
    now,
    createdBy: userIds.get('leitung@fz-sonnenblume.example') ?? null,
  };
  const rows: Rows = { agreements: [], parties: [], versions: [], signatures: [] };
  const frameworks = new Map<string, string>();
  for (const entry of readAgreements()) {
    // References are numbered in the order of the file, as when each agreement is created on its own.
    const reference = await nextReference(tx, Number(dateIn(now, entry.startInDays).slice(0, 4)));
    planEntry(ctx, rows, entry, reference, templates, frameworks);
  }
  if (rows.agreements.length === 0) return;
  await tx.insert(agreements).values(rows.agreements);
  await tx.insert(agreementParties).values(rows.parties);
  await tx.insert(agreementVersions).values(rows.versions);
  if (rows.signatures.length > 0) await tx.insert(agreementSignatures).values(rows.signatures);
}
