import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { accessibilityKeys, targetGroupKeys } from '../src/server/modules/directory/schemas';
import { fromProjectRoot } from '../src/server/paths';

/**
 * The demo municipality "Musterstadt" as it lies in demo/musterstadt/*.json: records refer to each
 * other by stable string keys ("fz-sonnenblume"), which the loader turns into UUIDs.
 */

const keySchema = z.string().regex(/^[a-z0-9-]+$/);
const pointSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const municipalitySchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  state: z.string().length(2),
  description: z.string(),
  centre: pointSchema,
  bounds: z.object({ minLat: z.number(), maxLat: z.number(), minLng: z.number(), maxLng: z.number() }),
});

export const districtSchema = z.object({
  key: keySchema,
  name: z.string().min(1),
  postalCode: z.string().regex(/^\d{5}$/),
  centre: pointSchema,
  description: z.string(),
});

const siteSchema = z.object({
  key: keySchema,
  name: z.string().min(1),
  description: z.string().min(1),
  street: z.string().min(1),
  postalCode: z.string().regex(/^\d{5}$/),
  city: z.string().min(1),
  district: keySchema,
  lat: z.number(),
  lng: z.number(),
  email: z.email().refine((value) => value.endsWith('.example'), 'demo e-mail must use a .example domain'),
  phone: z.string().min(1),
  website: z
    .url()
    .refine((value) => new URL(value).hostname.endsWith('.example'), 'demo website must be .example'),
});

export const providerSchema = siteSchema;
/** A facility run by a Träger (`provider` is the Träger's key). */
export const facilitySchema = siteSchema.extend({ provider: keySchema });
export const familyCentreSchema = facilitySchema.extend({ network: keySchema.optional() });
/** `contactFacility`: the member centre that answers for the Verbund (no database column yet). */
export const networkSchema = facilitySchema.extend({ contactFacility: keySchema });

/** Partner kinds of the directory's taxonomy (domain.md § 3); the database has no column for it yet. */
export const partnerKinds = [
  'counselling',
  'family_education',
  'childminding',
  'youth_office_service',
  'health_office',
  'paediatrician',
  'midwife',
  'early_help',
  'primary_school',
  'jobcenter',
  'municipal_office',
  'migration',
  'sports_club',
  'music_club',
  'library',
  'self_help',
  'parish',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const partnerSchema = facilitySchema.extend({ kind: z.enum(partnerKinds) });

/** Languages spoken (ISO 639-1). */
export const profileLanguages = ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'] as const;

const weekdays = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;
const dayPattern = '(?:Mo|Di|Mi|Do|Fr|Sa|So)(?:-(?:Mo|Di|Mi|Do|Fr|Sa|So))?';
/** "Mo-Fr 08:00-16:00", "Mo,Di,Do 14:00-18:00", "Mo-Mi,Fr 08:00-12:30": German weekdays, 24-hour times. */
const openingHoursPattern = new RegExp(
  `^${dayPattern}(?:,${dayPattern})* (?:[01]\\d|2[0-3]):[0-5]\\d-(?:[01]\\d|2[0-3]):[0-5]\\d$`,
);

export interface OpeningHoursEntry {
  /** ISO weekday 1 (Monday) … 7 (Sunday). */
  day: number;
  from: string;
  to: string;
}

/** Expands the readable opening-hours lines of profiles.json into the database form, sorted by day and time. */
export function parseOpeningHours(lines: readonly string[]): OpeningHoursEntry[] {
  const entries: OpeningHoursEntry[] = [];
  for (const line of lines) {
    const [days = '', times = ''] = line.split(' ');
    const [from = '', to = ''] = times.split('-');
    if (!openingHoursPattern.test(line) || from >= to) throw new Error(`unreadable opening hours: ${line}`);
    for (const part of days.split(',')) {
      const [first = '', last = first] = part.split('-');
      const start = weekdays.indexOf(first as (typeof weekdays)[number]) + 1;
      const end = weekdays.indexOf(last as (typeof weekdays)[number]) + 1;
      if (start < 1 || end < start) throw new Error(`unreadable weekdays: ${line}`);
      for (let day = start; day <= end; day++) entries.push({ day, from, to });
    }
  }
  return entries.sort((a, b) => a.day - b.day || a.from.localeCompare(b.from));
}

export const contactPersonSchema = z.object({
  name: z.string().min(1),
  /** Function, e.g. "Leitung", "Beraterin". */
  role: z.string().min(1),
  phone: z.string().min(1),
  email: z.email().refine((value) => value.endsWith('.example'), 'demo e-mail must use a .example domain'),
});

/** The directory profile of one organisation (profiles.json is keyed by organisation key). */
export const profileSchema = z.object({
  kinds: z.array(z.enum(partnerKinds)),
  /** Kernauftrag: one German sentence. */
  coreMandate: z.string().min(20).max(300),
  openingHours: z.array(z.string().regex(openingHoursPattern)),
  languages: z.array(z.enum(profileLanguages)).min(1),
  accessibility: z.array(z.enum(accessibilityKeys)),
  targetGroups: z.array(z.enum(targetGroupKeys)).min(1),
  contactPersons: z.array(contactPersonSchema).min(1).max(2),
  publicFields: z.object({
    address: z.boolean(),
    contact: z.boolean(),
    openingHours: z.boolean(),
    contactPersons: z.boolean(),
  }),
  /** Months between the last confirmation and the time the demo is loaded; more than 6 is stale. */
  lastConfirmedMonthsAgo: z.number().int().min(0).max(24),
});

export const relationshipStatuses = ['potential', 'in_contact', 'active', 'paused', 'ended'] as const;
export type DemoRelationshipStatus = (typeof relationshipStatuses)[number];

/**
 * A family centre's relationship with a partner. `statusDaysAgo`: each status it passed through, in
 * order, with how many days before loading it changed to it; the last one is the current status.
 */
export const relationshipSchema = z.object({
  centre: keySchema,
  partner: keySchema,
  statusDaysAgo: z.partialRecord(z.enum(relationshipStatuses), z.number().int().min(0)),
  internalNotes: z.string().min(1).optional(),
  nextStep: z
    .object({
      text: z.string().min(1),
      /** E-mail of a demo account of the centre. */
      assignee: z.email(),
      dueInDays: z.number().int(),
    })
    .optional(),
});

/** The statuses a relationship passed through, oldest first, with the days before loading. */
export function statusHistory(
  relationship: z.infer<typeof relationshipSchema>,
): { status: DemoRelationshipStatus; daysAgo: number }[] {
  return Object.entries(relationship.statusDaysAgo).flatMap(([status, daysAgo]) => {
    const known = relationshipStatuses.find((s) => s === status);
    return known && daysAgo !== undefined ? [{ status: known, daysAgo }] : [];
  });
}

export const accountSchema = z.union([
  z.object({
    email: z.email(),
    name: z.string().min(1),
    organization: keySchema,
    role: z.enum(['admin', 'lead', 'staff', 'planner']),
  }),
  z.object({ email: z.email(), name: z.string().min(1), isInstanceAdmin: z.literal(true) }),
]);

export interface MusterstadtData {
  municipality: z.infer<typeof municipalitySchema>;
  districts: z.infer<typeof districtSchema>[];
  providers: z.infer<typeof providerSchema>[];
  youthOffice: z.infer<typeof facilitySchema>;
  /** The Landesjugendamt (`state_office`): sees the state's planning aggregates only; no Träger, no profile. */
  stateOffice: z.infer<typeof providerSchema>;
  networks: z.infer<typeof networkSchema>[];
  familyCentres: z.infer<typeof familyCentreSchema>[];
  partners: z.infer<typeof partnerSchema>[];
  accounts: z.infer<typeof accountSchema>[];
  /** Directory profile per organisation key (every partner, family centre and the Jugendamt). */
  profiles: Record<string, z.infer<typeof profileSchema>>;
  relationships: z.infer<typeof relationshipSchema>[];
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(fromProjectRoot('demo', 'musterstadt', file), 'utf8');
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`demo/musterstadt/${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates the data files, including that every key reference resolves. */
export function readMusterstadt(): MusterstadtData {
  const data: MusterstadtData = {
    municipality: readJson('municipality.json', municipalitySchema),
    districts: readJson('districts.json', z.array(districtSchema)),
    providers: readJson('providers.json', z.array(providerSchema)),
    youthOffice: readJson('youth-office.json', facilitySchema),
    stateOffice: readJson('state-office.json', providerSchema),
    networks: readJson('networks.json', z.array(networkSchema)),
    familyCentres: readJson('family-centres.json', z.array(familyCentreSchema)),
    partners: readJson('partners.json', z.array(partnerSchema)),
    accounts: readJson('accounts.json', z.array(accountSchema)),
    profiles: readJson('profiles.json', z.record(keySchema, profileSchema)),
    relationships: readJson('relationships.json', z.array(relationshipSchema)),
  };
  checkReferences(data);
  return data;
}

function checkReferences(data: MusterstadtData): void {
  const problems: string[] = [];
  const districtKeys = new Set(data.districts.map((d) => d.key));
  const providerKeys = new Set(data.providers.map((p) => p.key));
  const networkKeys = new Set(data.networks.map((n) => n.key));
  const facilities = [data.youthOffice, ...data.networks, ...data.familyCentres, ...data.partners];
  const orgKeys = new Set<string>();
  for (const org of [...data.providers, data.stateOffice, ...facilities]) {
    if (orgKeys.has(org.key)) problems.push(`duplicate key ${org.key}`);
    orgKeys.add(org.key);
    if (!districtKeys.has(org.district)) problems.push(`${org.key}: unknown district ${org.district}`);
  }
  for (const facility of facilities) {
    if (!providerKeys.has(facility.provider))
      problems.push(`${facility.key}: unknown provider ${facility.provider}`);
  }
  for (const centre of data.familyCentres) {
    if (centre.network && !networkKeys.has(centre.network)) {
      problems.push(`${centre.key}: unknown network ${centre.network}`);
    }
  }
  for (const network of data.networks) {
    const contact = data.familyCentres.find((c) => c.key === network.contactFacility);
    if (contact?.network !== network.key) problems.push(`${network.key}: contact facility is not a member`);
  }
  for (const account of data.accounts) {
    if ('organization' in account && !orgKeys.has(account.organization)) {
      problems.push(`${account.email}: unknown organisation ${account.organization}`);
    }
  }
  checkDirectory(data, orgKeys, problems);
  if (problems.length > 0) throw new Error(`demo/musterstadt: ${problems.join('; ')}`);
}

/** Allowed status sequences: potential → in contact → active → paused; ended after in contact or later. */
const nextStatuses: Record<DemoRelationshipStatus, readonly DemoRelationshipStatus[]> = {
  potential: ['in_contact', 'ended'],
  in_contact: ['active', 'ended'],
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

function checkDirectory(data: MusterstadtData, orgKeys: Set<string>, problems: string[]): void {
  const withProfiles = [data.youthOffice, ...data.familyCentres, ...data.partners];
  for (const org of withProfiles) {
    if (!data.profiles[org.key]) problems.push(`${org.key}: no profile in profiles.json`);
  }
  for (const [key, profile] of Object.entries(data.profiles)) {
    if (!orgKeys.has(key)) problems.push(`profiles.json: unknown organisation ${key}`);
    const partner = data.partners.find((p) => p.key === key);
    if (partner && profile.kinds[0] !== partner.kind) {
      problems.push(`${key}: the first kind of the profile must be the partner's kind ${partner.kind}`);
    }
    if (new Set(profile.kinds).size !== profile.kinds.length) problems.push(`${key}: duplicate kind`);
    try {
      parseOpeningHours(profile.openingHours);
    } catch (error) {
      problems.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const centreKeys = new Set(data.familyCentres.map((c) => c.key));
  const partnerKeys = new Set(data.partners.map((p) => p.key));
  const pairs = new Set<string>();
  for (const relationship of data.relationships) {
    const label = `relationship ${relationship.centre} → ${relationship.partner}`;
    if (!centreKeys.has(relationship.centre)) problems.push(`${label}: not a family centre`);
    if (!partnerKeys.has(relationship.partner)) problems.push(`${label}: not a partner`);
    const pair = `${relationship.centre} ${relationship.partner}`;
    if (pairs.has(pair)) problems.push(`${label}: listed twice`);
    pairs.add(pair);
    const history = statusHistory(relationship);
    if (history[0]?.status !== 'potential') problems.push(`${label}: the history must start with potential`);
    history.forEach((entry, i) => {
      const previous = history[i - 1];
      if (!previous) return;
      if (!nextStatuses[previous.status].includes(entry.status)) {
        problems.push(`${label}: ${previous.status} cannot be followed by ${entry.status}`);
      }
      if (entry.daysAgo >= previous.daysAgo) problems.push(`${label}: ${entry.status} must be later`);
    });
    const assignee = relationship.nextStep?.assignee;
    if (
      assignee &&
      !data.accounts.some(
        (a) => a.email === assignee && 'organization' in a && a.organization === relationship.centre,
      )
    ) {
      problems.push(`${label}: next step assignee ${assignee} is not an account of the centre`);
    }
  }
}
