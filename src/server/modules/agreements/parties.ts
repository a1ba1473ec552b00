import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { organizations } from '../accounts/schema';

export interface PartyInput {
  organizationId: string;
  facilityIds: string[];
  representative: { name: string; role: string } | null;
}

export interface ResolvedParty extends PartyInput {
  verbundMembers: Record<string, string[]>;
}

type OrgInfo = Pick<
  typeof organizations.$inferSelect,
  'id' | 'type' | 'providerId' | 'municipalityId' | 'name'
>;

async function loadOrganizations(db: Executor, ids: string[]): Promise<Map<string, OrgInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: organizations.id,
      type: organizations.type,
      providerId: organizations.providerId,
      municipalityId: organizations.municipalityId,
      name: organizations.name,
    })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The member facilities of each Verbund, to notice later when one leaves. */
export async function verbundMembersOf(db: Executor, verbundIds: string[]) {
  const members: Record<string, string[]> = {};
  for (const id of verbundIds) {
    const rows = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.networkId, id));
    members[id] = rows.map((r) => r.id).sort();
  }
  return members;
}

function checkParty(
  party: PartyInput,
  index: number,
  orgs: Map<string, OrgInfo>,
  errors: FieldError[],
): void {
  const path = `parties.${index}`;
  if (!orgs.has(party.organizationId)) {
    errors.push({ path: `${path}.organizationId`, message: 'validation.agreementUnknownOrganization' });
    return;
  }
  party.facilityIds.forEach((facilityId, j) => {
    const facility = orgs.get(facilityId);
    if (!facility) {
      errors.push({ path: `${path}.facilityIds.${j}`, message: 'validation.agreementUnknownOrganization' });
    } else if (facility.id !== party.organizationId && facility.providerId !== party.organizationId) {
      errors.push({
        path: `${path}.facilityIds.${j}`,
        message: 'validation.agreementFacilityNotOfProvider',
      });
    }
  });
}

function partyKey(party: PartyInput): string {
  return `${party.organizationId}|${[...party.facilityIds].sort().join(',')}`;
}

/**
 * Checks that every Träger and facility exists and each facility belongs to its Träger (422 with
 * field paths otherwise); returns the parties with their Verbund snapshot and the municipality
 * whose planners see the agreement (that of the first party's first facility).
 */
export async function resolveParties(db: Executor, parties: PartyInput[]) {
  const orgs = await loadOrganizations(
    db,
    parties.flatMap((p) => [p.organizationId, ...p.facilityIds]),
  );
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  parties.forEach((party, i) => {
    checkParty(party, i, orgs, errors);
    if (seen.has(partyKey(party))) {
      errors.push({ path: `parties.${i}`, message: 'validation.agreementDuplicateParty' });
    }
    seen.add(partyKey(party));
  });
  if (errors.length > 0) throw new AppError('validation', { errors });
  const resolved: ResolvedParty[] = [];
  for (const party of parties) {
    const verbunds = party.facilityIds.filter((id) => orgs.get(id)?.type === 'network');
    resolved.push({ ...party, verbundMembers: await verbundMembersOf(db, verbunds) });
  }
  const first = parties[0];
  const anchor = orgs.get(first?.facilityIds[0] ?? first?.organizationId ?? '');
  if (!anchor) throw new AppError('validation');
  return { parties: resolved, municipalityId: anchor.municipalityId, organizations: orgs };
}
