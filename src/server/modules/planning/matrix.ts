import type { Executor } from '../../db/client';
import { agreementsInForceByPair } from '../agreements/agreements-in-force-by-pair';
import { priorityCooperationsOf } from '../directory/priority-cooperations';
import type { RelationshipStatus } from '../directory/schema';
import { centresOf, districtsOf, type PartnerKindRef, priorityKinds } from './gaps';

/**
 * The matrix centre × priority partner kind (issue 18): for each family centre of the municipality and each
 * priority kind, whether it has an active cooperation, with which partners (and in which status), and how many
 * agreements are in force with them. Four statements.
 */
export interface MatrixCell {
  kind: string;
  active: boolean;
  partners: { id: string; name: string; status: RelationshipStatus; agreementsInForce: number }[];
  agreementsInForce: number;
}

export interface MatrixRow {
  centre: { id: string; name: string };
  district: { id: string; name: string } | null;
  cells: MatrixCell[];
}

export interface Matrix {
  kinds: PartnerKindRef[];
  rows: MatrixRow[];
}

export async function matrixOf(db: Executor, municipalityId: string): Promise<Matrix> {
  const [districtRows, centres, kinds, cooperations] = await Promise.all([
    districtsOf(db, municipalityId),
    centresOf(db, municipalityId),
    priorityKinds(db),
    priorityCooperationsOf(db, municipalityId),
  ]);
  const orgIds = [...new Set([...centres.map((c) => c.id), ...cooperations.map((c) => c.partnerId)])];
  const pairCounts = await agreementsInForceByPair(db, municipalityId, orgIds);
  const agreements = new Map(pairCounts.map((p) => [`${p.a}:${p.b}`, p.agreements]));
  const districtById = new Map(districtRows.map((d) => [d.id, d]));
  const rows = centres.map((centre) => ({
    centre: { id: centre.id, name: centre.name },
    district: (centre.districtId && districtById.get(centre.districtId)) || null,
    cells: kinds.map((kind): MatrixCell => {
      const partners = cooperations
        .filter((c) => c.centreId === centre.id && c.kindKey === kind.key)
        .map((c) => ({
          id: c.partnerId,
          name: c.partnerName,
          status: c.status,
          agreementsInForce: agreements.get(`${centre.id}:${c.partnerId}`) ?? 0,
        }));
      return {
        kind: kind.key,
        active: partners.some((p) => p.status === 'active'),
        partners,
        agreementsInForce: partners.reduce((sum, p) => sum + p.agreementsInForce, 0),
      };
    }),
  }));
  return { kinds, rows };
}
