import { type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { agreementServiceHours, liveAgreementBetween } from '../agreements/committed-hours';
import { cooperationPairs } from '../directory/cooperation-pairs';
import { staffedSessionHours } from '../offerings/staffed-hours';

/**
 * Committed, planned and received hours, derived on every read from the records that cause them (decision
 * 015, issue 17 §4); nothing stores a total. One set-based statement for one organisation or a whole
 * municipality. The agreements and offerings modules lend their parts (committed-hours.ts, staffed-hours.ts).
 */

export type CapacityScope = { organizationId: string } | { municipalityId: string };

/** An action whose hours are counted as if it had happened (capacity checks and warnings). */
export type CapacitySubject =
  | { kind: 'agreement'; agreementId: string }
  | { kind: 'offering'; offeringId: string; organizationId: string }
  | {
      kind: 'assessment';
      cooperationId: string;
      organizationId: string;
      hoursPerMonth: number;
      from: string;
    };

/** The first day of the current Berlin calendar month ("YYYY-MM-01"). */
export function currentMonthStart(now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: 'Europe/Berlin' }).startOf('month').toISODate() ?? '';
}

/** The 12 months of a capacity view ("YYYY-MM"), from the month of `from`. */
export function monthsFrom(from: string): string[] {
  const start = DateTime.fromISO(from, { zone: 'utc' }).startOf('month');
  return Array.from({ length: 12 }, (_, i) => start.plus({ months: i }).toFormat('yyyy-MM'));
}

/** `column` belongs to the scope (an organisation, or any organisation of the municipality). */
function inScope(scope: CapacityScope, column: SQL): SQL {
  if ('organizationId' in scope) return sql`${column} = ${scope.organizationId}::uuid`;
  return sql`${column} in (select id from organizations where municipality_id = ${scope.municipalityId}::uuid)`;
}

function agreementRows(scope: CapacityScope, subject: CapacitySubject | null): SQL {
  if (subject?.kind !== 'agreement') return agreementServiceHours(scope, { live: true });
  return sql`${agreementServiceHours(scope, { live: true, exceptId: subject.agreementId })}
    union all ${agreementServiceHours(scope, { asIfSigned: subject.agreementId })}`;
}

function assessmentRows(scope: CapacityScope, subject: CapacitySubject | null): SQL {
  const alsoLive = subject?.kind === 'agreement' ? subject.agreementId : null;
  const notLive = sql`not ${liveAgreementBetween(sql`pr.centre_id`, sql`pr.partner_id`, alsoLive)}`;
  const sides = sql`join organizations other on other.id = case when a_org = pr.centre_id then pr.partner_id else pr.centre_id end
      join organizations centre on centre.id = pr.centre_id`;
  const except =
    subject?.kind === 'assessment'
      ? sql` and not (a.cooperation_id = ${subject.cooperationId}::uuid and a.organization_id = ${subject.organizationId}::uuid)`
      : sql``;
  // The live-agreement test once per assessment, then its months (`offset 0` keeps the order): after the
  // join it ran once per assessment and month, 12 times as often (EXPLAIN on the bench set).
  const assessed = sql`
    select g.organization_id, 'assessment' as kind, g.cooperation_id as source_id, g.title,
           'planned' as state, m.month, g.district_id, g.hours
      from (
        select a.organization_id, a.cooperation_id, other.name as title, centre.district_id, r.decided_on,
               (r.hours_preparation + r.hours_delivery + r.hours_coordination + r.hours_travel)::numeric as hours
          from assessments a
          join assessment_revisions r on r.assessment_id = a.id and r.number = a.current_revision
          cross join lateral (select a.organization_id as a_org) s
          join ${cooperationPairs()} pr on pr.id = a.cooperation_id
          ${sides}
         where r.decision = 'go' and ${inScope(scope, sql`a.organization_id`)} and ${notLive}${except}
        offset 0
      ) g
      join months m on m.first >= date_trunc('month', g.decided_on)`;
  if (subject?.kind !== 'assessment') return assessed;
  return sql`${assessed}
    union all
    select s.a_org, 'assessment', pr.id, other.name, 'planned', m.month, centre.district_id,
           ${subject.hoursPerMonth}::numeric
      from (select ${subject.organizationId}::uuid as a_org) s
      join ${cooperationPairs()} pr on pr.id = ${subject.cooperationId}::uuid
      ${sides}
      join months m on m.first >= date_trunc('month', ${subject.from}::date)
     where ${inScope(scope, sql`s.a_org`)} and ${notLive}`;
}

/** The `months`, `periods` (available hours per organisation, district, month) and `items` CTEs. */
export function capacityCtes(scope: CapacityScope, from: string, subject: CapacitySubject | null): SQL {
  const asIfAgreed = subject?.kind === 'offering' ? subject.offeringId : null;
  // The 12 months as literal rows: the planner then knows there are 12 (a generate_series is guessed at 1000,
  // which inflated every estimate past the JIT threshold).
  const monthRows = sql.join(
    monthsFrom(from).map((month) => sql`(${month}, ${`${month}-01`}::date)`),
    sql`, `,
  );
  return sql`months as (
      select month, first, (first + interval '1 month' - interval '1 day')::date as last
        from (values ${monthRows}) m(month, first)
    ),
    periods as (
      select distinct on (p.organization_id, p.district_id, m.month)
             p.organization_id, p.district_id, m.month, p.hours_per_month as available
        from capacity_periods p
        join months m on p.valid_from <= m.last and (p.valid_to is null or p.valid_to >= m.first)
       where ${inScope(scope, sql`p.organization_id`)}
       order by p.organization_id, p.district_id, m.month, p.valid_from desc
    ),
    staffed as ${staffedSessionHours(scope, from, asIfAgreed)},
    agreed as (${agreementRows(scope, subject)}),
    items as (
      select ag.organization_id, 'agreement' as kind, ag.agreement_id as source_id, ag.title,
             'committed' as state, m.month, ag.district_id, sum(ag.hours) as hours
        from agreed ag
        join months m on m.last >= ag.start_date and (ag.end_date is null or m.first <= ag.end_date)
       where (ag.offering_id is null or not exists (select 1 from staffed st
               where st.offering_id = ag.offering_id and st.organization_id = ag.organization_id))
         and (ag.framework_id is null or not exists (select 1 from capacity_pools fp
               where fp.framework_id = ag.framework_id))
       group by ag.organization_id, ag.agreement_id, ag.title, m.month, ag.district_id
      union all
      select organization_id, 'offering', offering_id, title,
             case when committed then 'committed' else 'planned' end, month, district_id, hours
        from staffed
      union all
      ${assessmentRows(scope, subject)}
      union all
      select cp.partner_id, 'pool', cp.id, cp.title, 'committed', m.month,
             case when cardinality(cp.district_ids) = 1 then cp.district_ids[1] end, cp.hours_per_month
        from capacity_pools cp
        join months m on m.last >= cp.valid_from and m.first <= cp.valid_to
       where cp.confirmed_at is not null and ${inScope(scope, sql`cp.partner_id`)}
      union all
      select pa.centre_id, 'allocation', cp.id, cp.title, 'received', m.month, c.district_id, pa.hours_per_month
        from pool_allocations pa
        join capacity_pools cp on cp.id = pa.pool_id
        join organizations c on c.id = pa.centre_id
        join months m on m.last >= cp.valid_from and m.first <= cp.valid_to
       where cp.confirmed_at is not null and ${inScope(scope, sql`pa.centre_id`)}
    ),
    bucketed as (
      select i.*, pm.district_id as bucket
        from items i
        left join periods pm on pm.organization_id = i.organization_id and pm.month = i.month
         and pm.district_id = i.district_id
    )`;
}

const NO_DISTRICT = '00000000-0000-0000-0000-000000000000';

/**
 * Per organisation, month and district bucket: available, committed, planned, received hours (numbers as
 * strings from the drivers). A bucket is a district where the organisation has a capacity row for it,
 * otherwise null (its hours count against the row without district).
 */
export function capacityTotalsSql(scope: CapacityScope, from: string, subject: CapacitySubject | null): SQL {
  return sql`with ${capacityCtes(scope, from, subject)},
    sums as (
      select organization_id, month, bucket,
             coalesce(sum(hours) filter (where state = 'committed'), 0) as committed,
             coalesce(sum(hours) filter (where state = 'planned'), 0) as planned,
             coalesce(sum(hours) filter (where state = 'received'), 0) as received
        from bucketed group by organization_id, month, bucket
    )
    select coalesce(s.organization_id, pm.organization_id) as "organizationId",
           coalesce(s.month, pm.month) as month,
           coalesce(s.bucket, pm.district_id) as "districtId",
           pm.available, coalesce(s.committed, 0) as committed, coalesce(s.planned, 0) as planned,
           coalesce(s.received, 0) as received
      from sums s
      full join periods pm on pm.organization_id = s.organization_id and pm.month = s.month
       and coalesce(pm.district_id, ${NO_DISTRICT}::uuid) = coalesce(s.bucket, ${NO_DISTRICT}::uuid)`;
}

/**
 * One organisation's contributing items, each with its bucket (the "why" of its figures), and its available
 * hours per month and district (kind 'period'): one statement gives both the items and the totals.
 */
export function capacityItemsSql(
  organizationId: string,
  from: string,
  subject: CapacitySubject | null = null,
): SQL {
  return sql`with ${capacityCtes({ organizationId }, from, subject)}
    select kind, source_id as "sourceId", title, state, month, bucket as "districtId", hours
      from bucketed
    union all
    select 'period', null, null, 'available', month, district_id, available from periods
    order by 1, 3, 2, 5`;
}
