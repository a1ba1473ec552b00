import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { renderAgreementDocx } from './documents/docx';
import type { AgreementDocumentModel, AgreementDocumentSection } from './documents/model';
import { agreementDocumentFileName } from './documents/model';
import { renderAgreementPdf } from './documents/pdf';
import { statusLabel, ZONE } from './lifecycle';
import { loadAgreement } from './policy/agreements';
import { termOf } from './present';
import { findVersion, type LoadedAgreement, type VersionRow } from './repo';
import { agreementSignatures, type SectionKey, sectionKeys } from './schema';

/** German section titles as printed (domain.md §6); documents are always German. */
export const SECTION_TITLES_DE: Record<SectionKey, string> = {
  purpose: 'Gegenstand und rechtliche Grundlagen',
  goals: 'Ziele und Zielgruppen',
  services: 'Leistungen der Parteien',
  contacts: 'Ansprechpersonen und Abstimmung',
  rooms: 'Räume, Schlüssel und Versicherung',
  costs: 'Kosten',
  publicRelations: 'Öffentlichkeitsarbeit',
  dataProtection: 'Datenschutz und Schweigepflicht',
  childProtection: 'Kinderschutz (§ 8a, § 72a SGB VIII)',
  evaluation: 'Auswertung und Überprüfung',
  term: 'Laufzeit und Kündigung',
  other: 'Schlussbestimmungen',
};

const FREQUENCY_DE: Record<string, string> = {
  once: 'einmalig',
  weekly: 'wöchentlich',
  biweekly: '14-täglich',
  monthly: 'monatlich',
  quarterly: 'vierteljährlich',
  yearly: 'jährlich',
  on_demand: 'nach Bedarf',
};

const de = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toFormat('dd.MM.yyyy');

interface SnapshotParty {
  id: string;
  organizationId: string;
  organizationName: string;
  facilities: { id: string; name: string }[];
  representativeName: string | null;
  representativeRole: string | null;
}
interface Snapshot {
  title: string;
  term: ReturnType<typeof termOf>;
  parties: SnapshotParty[];
}

function termLines(term: ReturnType<typeof termOf>): string[] {
  return [
    `Beginn: ${de(term.startDate)}. Ende: ${term.endDate ? de(term.endDate) : 'unbefristet'}.`,
    term.autoRenewal
      ? `Die Vereinbarung verlängert sich jeweils um ${term.renewalMonths} Monate, wenn sie nicht gekündigt wird.`
      : 'Eine automatische Verlängerung ist nicht vereinbart.',
    `Kündigungsfrist: ${term.noticePeriodMonths} Monate.`,
    ...(term.reviewDate ? [`Nächste Überprüfung: ${de(term.reviewDate)}.`] : []),
  ];
}

function sectionsOf(
  version: VersionRow,
  snapshot: Snapshot,
): (AgreementDocumentSection & { key: SectionKey })[] {
  const partyNames = new Map(snapshot.parties.map((p) => [p.id, p.organizationName]));
  const checks = version.childProtectionChecks.map(
    (c) =>
      `Einsichtnahme in die erweiterten Führungszeugnisse (${partyNames.get(c.partyId) ?? ''}): geprüft am ${de(c.checkedOn)} durch ${c.checkedBy}.`,
  );
  const extra: Partial<Record<SectionKey, string[]>> = {
    childProtection: checks,
    term: termLines(snapshot.term),
  };
  return sectionKeys
    .map((key) => ({
      key,
      paragraphs: [
        ...(version.sections[key] ?? '').split(/\n{2,}/).filter((p) => p.trim().length > 0),
        ...(extra[key] ?? []),
      ],
    }))
    .filter((s) => s.paragraphs.length > 0 || s.key === 'services')
    .map((s, i) => ({
      number: i + 1,
      title: SECTION_TITLES_DE[s.key],
      paragraphs: s.paragraphs,
      key: s.key,
    }));
}

async function addresses(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .select({
      id: organizations.id,
      street: organizations.street,
      postalCode: organizations.postalCode,
      city: organizations.city,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      [r.street, [r.postalCode, r.city].filter(Boolean).join(' ')].filter(Boolean).join('\n'),
    ]),
  );
}

function currentSnapshot(loaded: LoadedAgreement): Snapshot {
  return {
    title: loaded.row.title,
    term: termOf(loaded.row),
    parties: loaded.parties.map((p) => ({
      id: p.id,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      facilities: p.facilities,
      representativeName: p.representativeName,
      representativeRole: p.representativeRole,
    })),
  };
}

/** Maps one version into the renderers' model: the signed state for signed versions, else the current one. */
export async function documentModel(
  ctx: ServiceContext,
  loaded: LoadedAgreement,
  version: VersionRow,
): Promise<AgreementDocumentModel> {
  const snapshot = (version.snapshot as Snapshot | null) ?? currentSnapshot(loaded);
  const signatures = await ctx.db
    .select()
    .from(agreementSignatures)
    .where(
      and(
        eq(agreementSignatures.agreementId, loaded.row.id),
        eq(agreementSignatures.versionNumber, version.number),
      ),
    );
  const address = await addresses(
    ctx,
    snapshot.parties.map((p) => p.organizationId),
  );
  const name = new Map(snapshot.parties.map((p) => [p.id, p.organizationName]));
  const sections = sectionsOf(version, snapshot);
  const isCurrent = version.number === loaded.row.currentVersion;
  return {
    title: `Kooperationsvereinbarung – ${snapshot.title}`,
    reference: loaded.row.reference,
    version: version.number,
    statusLabel: isCurrent
      ? statusLabel('de', loaded.row.status)
      : version.status === 'signed'
        ? 'Unterzeichnet'
        : 'Ersetzt',
    generatedAt: new Date(),
    parties: snapshot.parties.map((p) => ({
      name: p.organizationName,
      facilities: p.facilities.filter((f) => f.id !== p.organizationId).map((f) => f.name),
      ...(address.get(p.organizationId) && { address: address.get(p.organizationId) }),
      ...(p.representativeName &&
        p.representativeRole && {
          representative: { name: p.representativeName, role: p.representativeRole },
        }),
    })),
    sections: sections.map(({ key: _key, ...s }) => s),
    services: version.services.map((s) => ({
      party: name.get(s.partyId) ?? '',
      service: s.service,
      ...(s.frequency && { frequency: FREQUENCY_DE[s.frequency] }),
      ...(s.place && { place: s.place }),
      ...(s.hoursPerMonth !== null && { hoursPerMonth: s.hoursPerMonth }),
    })),
    servicesSectionNumber: sections.find((s) => s.key === 'services')?.number,
    signatures: snapshot.parties.map((p) => {
      const signature = signatures.find((s) => s.partyId === p.id);
      return {
        party: p.organizationName,
        ...(signature
          ? {
              name: signature.signerName,
              role: signature.signerRole,
              signedAt: new Date(`${signature.signedOn}T12:00:00Z`),
            }
          : p.representativeName
            ? { name: p.representativeName, role: p.representativeRole ?? '' }
            : {}),
      };
    }),
    draft: version.status === 'draft',
  };
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export async function renderDocument(
  ctx: ServiceContext,
  id: string,
  versionNumber: number | undefined,
  format: 'pdf' | 'docx',
) {
  const { row: loaded } = await loadAgreement(ctx, id, 'readContent');
  const version = await findVersion(ctx.db, id, versionNumber ?? loaded.row.currentVersion);
  if (!version) throw notFound();
  const model = await documentModel(ctx, loaded, version);
  const bytes = format === 'pdf' ? await renderAgreementPdf(model) : await renderAgreementDocx(model);
  return {
    bytes,
    contentType: CONTENT_TYPES[format],
    fileName: `${agreementDocumentFileName(model)}.${format}`,
  };
}
