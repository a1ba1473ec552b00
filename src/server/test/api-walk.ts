import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import { type Baseline, type Operation, sampleOf } from './fuzz-cases';

/**
 * Requests that get past validation for every operation of the OpenAPI document: real ids of the demo
 * municipality's records (Familienzentrum Sonnenblume and its partners), and bodies sampled from the
 * schemas. Used by the fuzzer (it mutates one input at a time) and by the route walk.
 */
export async function demoIds(db: Database): Promise<Record<string, string>> {
  const [row] = await queryRows<Record<string, string | null>>(
    db,
    sql`with fz as (select id, municipality_id from organizations where name = 'Familienzentrum Sonnenblume'),
      eb as (select id from organizations where name = 'Erziehungsberatungsstelle Musterstadt'),
      off as (select x.offering_id as id from offering_organizers x join fz on fz.id = x.organization_id
              where 'lead' = any(x.responsibilities) order by 1 limit 1),
      room as (select r.id from rooms r join fz on fz.id = r.organization_id order by r.name limit 1),
      agr as (select p.agreement_id as id from agreement_parties p join fz on fz.id = p.organization_id
              order by 1 limit 1)
    select (select id from fz) as organization, (select municipality_id from fz) as municipality,
      (select id from eb) as partner, (select id from off) as offering, (select id from room) as room,
      (select id from agr) as agreement,
      (select s.id from offering_sessions s join off on off.id = s.offering_id limit 1) as session,
      (select id from offerings where is_public and status in ('published', 'running') limit 1) as "publicOffering",
      (select b.id from room_bookings b join room on room.id = b.room_id limit 1) as booking,
      (select g.id from room_grants g join room on room.id = g.room_id limit 1) as grant,
      (select c.id from room_closures c join room on room.id = c.room_id limit 1) as closure,
      (select m.id from memberships m join users u on u.id = m.user_id
        where u.email = 'fachkraft@fz-sonnenblume.example' limit 1) as membership,
      (select id from agreement_templates limit 1) as template,
      (select c.id from agreement_comments c join agr on agr.id = c.agreement_id limit 1) as comment,
      (select s.id from agreement_signatures s join agr on agr.id = s.agreement_id limit 1) as signature,
      (select id from districts limit 1) as district`,
  );
  const unknown = 'a7f3c2e1-0000-4000-8000-000000000000';
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, value ?? unknown]));
}

function idFor(ids: Record<string, string>, op: Operation, param: string): string {
  const named: Record<string, string | undefined> = {
    membershipId: ids.membership,
    grantId: ids.grant,
    closureId: ids.closure,
    sessionId: ids.session,
    commentId: ids.comment,
    signatureId: ids.signature,
    organizationId: ids.partner,
    centreId: ids.organization,
    partnerId: ids.partner,
    number: '1',
    token: 'x',
  };
  if (named[param]) return named[param];
  const segment = op.path.split(`/{${param}}`)[0]?.split('/').pop() ?? '';
  if (op.path.includes('/public/')) return ids.publicOffering ?? '';
  const bySegment: Record<string, string | undefined> = {
    organizations: ids.organization,
    municipalities: ids.municipality,
    offerings: ids.offering,
    rooms: ids.room,
    bookings: ids.booking,
    'agreement-templates': ids.template,
    agreements: ids.agreement,
  };
  return bySegment[segment] ?? 'a7f3c2e1-0000-4000-8000-000000000000';
}

/** A uuid for a body or query field, by its name. */
function uuidByName(ids: Record<string, string>, name: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('municipality')) return ids.municipality ?? '';
  if (lower.includes('district')) return ids.district ?? '';
  if (lower.includes('partner')) return ids.partner ?? '';
  if (lower.includes('room')) return ids.room ?? '';
  if (lower.includes('offering')) return ids.offering ?? '';
  return ids.organization ?? '';
}

/** A request for the operation that passes validation, with the records of `ids`. */
export function baselineOf(ids: Record<string, string>, op: Operation): Baseline {
  const path = Object.fromEntries(
    op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, idFor(ids, op, p.name)]),
  );
  const query = Object.fromEntries(
    op.parameters
      .filter((p) => p.in === 'query' && p.required)
      .map((p) => [p.name, sampleOf(p.schema, p.name, (name) => uuidByName(ids, name))]),
  );
  return {
    path,
    query,
    ...(op.body && { body: sampleOf(op.body, 'body', (name) => uuidByName(ids, name)) }),
  };
}
