import { readFileSync } from 'node:fs';
import { z } from 'zod';
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
  networks: z.infer<typeof networkSchema>[];
  familyCentres: z.infer<typeof familyCentreSchema>[];
  partners: z.infer<typeof partnerSchema>[];
  accounts: z.infer<typeof accountSchema>[];
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
    networks: readJson('networks.json', z.array(networkSchema)),
    familyCentres: readJson('family-centres.json', z.array(familyCentreSchema)),
    partners: readJson('partners.json', z.array(partnerSchema)),
    accounts: readJson('accounts.json', z.array(accountSchema)),
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
  for (const org of [...data.providers, ...facilities]) {
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
  if (problems.length > 0) throw new Error(`demo/musterstadt: ${problems.join('; ')}`);
}
