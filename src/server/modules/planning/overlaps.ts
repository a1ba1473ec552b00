import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizations } from '../accounts/schema';
import { simultaneousOfferings } from '../offerings/simultaneous-offerings';
import { districtsOf } from './gaps';
import { localPeriodOf, type PlanningPeriod } from './gaps-period';

/**
 * Overlaps (issue 18): similar offerings that compete for the same families — same format, a shared target
 * group, sessions at overlapping times, in the same district or within 2 km. The suggested action is to
 * agree on times or to join up; the links lead to both lead organisations and to a message to the district.
 */
export const OVERLAP_RADIUS_KM = 2;

export interface OverlapOffering {
  id: string;
  title: string;
  organization: { id: string; name: string };
  district: { id: string; name: string } | null;
}

export interface Overlap {
  key: string;
  format: string;
  targetGroups: string[];
  sameDistrict: boolean;
  distanceKm: number | null;
  /** Overlapping sessions in the period, and the first of them (of the first offering). */
  sessions: number;
  first: { startsAt: string; endsAt: string };
  offerings: [OverlapOffering, OverlapOffering];
  actions: { type: 'contact_organization' | 'write_to_district'; href: string }[];
}

function actionsOf(municipalityId: string, a: OverlapOffering, b: OverlapOffering): Overlap['actions'] {
  const actions: Overlap['actions'] = [a, b].map((o) => ({
    type: 'contact_organization',
    href: `/partner/${o.organization.id}`,
  }));
  const district = a.district ?? b.district;
  if (district) {
    const query = new URLSearchParams({ municipality: municipalityId, district: district.id });
    actions.push({ type: 'write_to_district', href: `/planung/aufgaben?${query}` });
  }
  return actions;
}

/** The overlaps of the municipality in the period, the earliest first. Three statements. */
export async function overlapsOf(
  db: Executor,
  municipalityId: string,
  period: PlanningPeriod,
): Promise<Overlap[]> {
  const found = await simultaneousOfferings(db, municipalityId, localPeriodOf(period), OVERLAP_RADIUS_KM);
  if (found.pairs.length === 0) return [];
  const orgIds = [...new Set(found.offerings.map((o) => o.leadOrganizationId))];
  const [districtRows, orgRows] = await Promise.all([
    districtsOf(db, municipalityId),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, orgIds)),
  ]);
  const districtById = new Map(districtRows.map((d) => [d.id, d]));
  const orgById = new Map(orgRows.map((o) => [o.id, o]));
  const offeringById = new Map(
    found.offerings.map((o): [string, OverlapOffering] => [
      o.id,
      {
        id: o.id,
        title: o.title,
        organization: orgById.get(o.leadOrganizationId) ?? { id: o.leadOrganizationId, name: '' },
        district: (o.districtId && districtById.get(o.districtId)) || null,
      },
    ]),
  );
  return found.pairs.flatMap((p) => {
    const a = offeringById.get(p.aId);
    const b = offeringById.get(p.bId);
    if (!a || !b) return [];
    return [
      {
        key: `overlap:${p.aId}:${p.bId}`,
        format: p.format,
        targetGroups: p.sharedTargetGroups,
        sameDistrict: p.sameDistrict,
        distanceKm: p.distanceKm === null ? null : Math.round(p.distanceKm * 100) / 100,
        sessions: p.sessions,
        first: { startsAt: p.firstStartsAt, endsAt: p.firstEndsAt },
        offerings: [a, b],
        actions: actionsOf(municipalityId, a, b),
      },
    ];
  });
}
