import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities, organizations, users } from '../accounts/schema';

/**
 * The cooperations module (domain.md §7): each organisation's core mandate and staff hours, its private
 * assessment of each cooperation, cooperation models, and capacity pools brokered by the Jugendamt.
 *
 * The cooperation itself is the directory's centre↔partner relationship (`partner_relationships`, decision
 * 015): its id is the cooperation's id. This module adds what both sides share (`cooperations`: the model)
 * and what each side keeps to itself (assessments, the partner's notes).
 */

/** Hours are kept with one decimal (numeric, read as strings by the drivers: convert with Number()). */
const hours = (name: string) => numeric(name, { precision: 6, scale: 1 });

/** A month has at most 31 × 24 = 744 hours: anything above is a typing error. */
export const MAX_HOURS_PER_MONTH = 744;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Ways to cooperate (referral only, consultation hour, …); built-in ones plus those admins and planners add. */
export const cooperationModels = pgTable(
  'cooperation_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    /** null: instance-wide (built in or added by an instance admin); otherwise a planner's municipality. */
    municipalityId: uuid('municipality_id').references(() => municipalities.id, { onDelete: 'cascade' }),
    nameDe: text('name_de').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionDe: text('description_de').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    typicalHoursPerMonth: hours('typical_hours_per_month'),
    /** The key of the agreement template it suggests (agreement_templates.key), if any. */
    agreementTemplateKey: text('agreement_template_key'),
    /** Offering formats it suggests (offerings' format code list). */
    offeringFormats: text('offering_formats').array().notNull().default(sql`'{}'::text[]`),
    builtIn: boolean('built_in').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(100),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('cooperation_models_instance_key_uq').on(t.key).where(sql`${t.municipalityId} is null`),
    uniqueIndex('cooperation_models_municipality_key_uq')
      .on(t.municipalityId, t.key)
      .where(sql`${t.municipalityId} is not null`),
    check(
      'cooperation_models_hours',
      sql`${t.typicalHoursPerMonth} is null or ${t.typicalHoursPerMonth} between 0 and 744`,
    ),
    check(
      'cooperation_models_name_not_blank',
      sql`length(trim(${t.nameDe})) > 0 and length(trim(${t.nameEn})) > 0`,
    ),
  ],
);

/**
 * What both sides of a cooperation share beyond the directory's relationship: the model, and the partner's own
 * notes (the centre's notes stay on the relationship). One row per relationship, created on first write; its id
 * is the relationship's id (foreign key added by migration 0015, as the relationship belongs to the directory).
 */
export const cooperations = pgTable('cooperations', {
  id: uuid('id').primaryKey(),
  modelId: uuid('model_id').references(() => cooperationModels.id),
  /** Visible only to the partner's members, as the relationship's internal notes are only the centre's. */
  partnerNotes: text('partner_notes'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** The cooperation's own history beside the relationship's status changes: model changes, shared decisions. */
export const cooperationEvents = pgTable(
  'cooperation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'model_changed' | 'decision_shared' | 'sharing_withdrawn'>().notNull(),
    /** The side it concerns (for decisions: the assessing organisation). */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** e.g. { modelId, previousModelId } or { decision, hoursPerMonth }: only what both sides may see. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cooperation_events_cooperation_idx').on(t.cooperationId, t.createdAt)],
);

/** Mandate areas are a code list (labels in the web app and the API's messages), like offering formats. */
export const mandateAreas = [
  'educational_counselling',
  'family_education',
  'childcare',
  'early_help',
  'youth_work',
  'general_social_services',
  'health',
  'school',
  'social_counselling',
  'integration',
  'leisure',
  'other',
] as const;
export type MandateArea = (typeof mandateAreas)[number];

/** An organisation's core mandate (Kernauftrag): what it exists for, against which it weighs cooperations. */
export const organizationMandates = pgTable('organization_mandates', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  text: text('text').notNull().default(''),
  areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

/**
 * Staff hours per month an organisation has for cooperation, for a period, optionally for one district (an EB:
 * 20 h/month for the centres of Nord). A row without district is for cooperations anywhere. Periods of one
 * organisation and district never overlap (exclusion constraint in migration 0015).
 */
export const capacityPeriods = pgTable(
  'capacity_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Inclusive; null: open-ended. */
    validTo: date('valid_to', { mode: 'string' }),
    districtId: uuid('district_id').references(() => districts.id),
    hoursPerMonth: hours('hours_per_month').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('capacity_periods_org_idx').on(t.organizationId, t.validFrom),
    check('capacity_periods_hours', sql`${t.hoursPerMonth} between 0 and 744`),
    check('capacity_periods_order', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const assessmentDecisions = ['go', 'not_now', 'no'] as const;
export type AssessmentDecision = (typeof assessmentDecisions)[number];

/** Extra questions an organisation asks in its assessments (the fixed ones are columns of the revision). */
export const assessmentQuestions = pgTable(
  'assessment_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'scale' | 'text'>().notNull(),
    label: text('label').notNull(),
    hint: text('hint'),
    position: integer('position').notNull().default(0),
    /** Retired questions keep their answers in old revisions but are no longer asked. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_questions_org_idx').on(t.organizationId, t.position),
    check('assessment_questions_kind', sql`${t.kind} in ('scale','text')`),
  ],
);

/** One side's assessment of one cooperation, private to that side; its content lives in revisions. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The cooperation (= the directory relationship's id; foreign key in migration 0015). */
    cooperationId: uuid('cooperation_id').notNull(),
    /** The assessing side. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Whether the other side sees the decision and the hours (never the texts). */
    isShared: boolean('is_shared').notNull().default(false),
    currentRevision: integer('current_revision').notNull().default(1),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assessments_side_uq').on(t.cooperationId, t.organizationId),
    index('assessments_org_idx').on(t.organizationId),
  ],
);

/** Every saved state of an assessment: the history is kept, the newest is the current one. */
export const assessmentRevisions = pgTable(
  'assessment_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** Scales 1 (not at all) … 5 (fully); null: not answered yet. */
    mandateFit: smallint('mandate_fit'),
    mandateFitText: text('mandate_fit_text'),
    familyBenefit: smallint('family_benefit'),
    familyBenefitText: text('family_benefit_text'),
    mandateBenefit: smallint('mandate_benefit'),
    mandateBenefitText: text('mandate_benefit_text'),
    hoursPreparation: hours('hours_preparation').notNull().default('0'),
    hoursDelivery: hours('hours_delivery').notNull().default('0'),
    hoursCoordination: hours('hours_coordination').notNull().default('0'),
    hoursTravel: hours('hours_travel').notNull().default('0'),
    risks: text('risks'),
    /** Answers to the organisation's own questions: question id → number (scale) or text. */
    answers: jsonb('answers').$type<Record<string, number | string>>().notNull().default({}),
    decision: text('decision').$type<AssessmentDecision>(),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    reviewOn: date('review_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_revisions_number_uq').on(t.assessmentId, t.number),
    check(
      'assessment_revisions_decision',
      sql`${t.decision} is null or ${t.decision} in ('go','not_now','no')`,
    ),
    check('assessment_revisions_decided_on', sql`${t.decision} is null or ${t.decidedOn} is not null`),
    check(
      'assessment_revisions_scales',
      sql`coalesce(${t.mandateFit}, 1) between 1 and 5 and coalesce(${t.familyBenefit}, 1) between 1 and 5 and coalesce(${t.mandateBenefit}, 1) between 1 and 5`,
    ),
    check(
      'assessment_revisions_hours',
      sql`${t.hoursPreparation} >= 0 and ${t.hoursDelivery} >= 0 and ${t.hoursCoordination} >= 0 and ${t.hoursTravel} >= 0 and ${t.hoursPreparation} + ${t.hoursDelivery} + ${t.hoursCoordination} + ${t.hoursTravel} <= 744`,
    ),
  ],
);

/**
 * Pooled capacity brokered by the Jugendamt: a partner's hours for the centres of some districts, allocated
 * by the planner ("EB Musterstadt: 40 h/month for the centres of Nord and Ost, 2027").
 */
export const capacityPools = pgTable(
  'capacity_pools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    hoursPerMonth: hours('hours_per_month').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    /** The districts whose centres it serves; empty: the whole municipality. */
    districtIds: uuid('district_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** A need figure per district (e.g. children 0–6) for the weighted fair-share suggestion. */
    needWeights: jsonb('need_weights').$type<Record<string, number>>().notNull().default({}),
    /** Set when the partner confirms it gives these hours; allocations need it. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    /** The framework agreements produced from the allocations (agreements.framework_id). */
    frameworkId: uuid('framework_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('capacity_pools_municipality_idx').on(t.municipalityId),
    index('capacity_pools_partner_idx').on(t.partnerId),
    check('capacity_pools_hours', sql`${t.hoursPerMonth} > 0 and ${t.hoursPerMonth} <= 744`),
    check('capacity_pools_order', sql`${t.validTo} >= ${t.validFrom}`),
    check('capacity_pools_title_not_blank', sql`length(trim(${t.title})) > 0`),
  ],
);

/** A centre asks for a share of a pool, with a reason only the planner reads. */
export const poolRequests = pgTable(
  'pool_requests',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => capacityPools.id, { onDelete: 'cascade' }),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    hoursPerMonth: hours('hours_per_month').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.poolId, t.centreId] }),
    check('pool_requests_hours', sql`${t.hoursPerMonth} > 0 and ${t.hoursPerMonth} <= 744`),
  ],
);

/** The planner's allocation of a pool's hours to a centre; the sum never exceeds the pool (checked in the service). */
export const poolAllocations = pgTable(
  'pool_allocations',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => capacityPools.id, { onDelete: 'cascade' }),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    hoursPerMonth: hours('hours_per_month').notNull(),
    allocatedBy: uuid('allocated_by').references(() => users.id, { onDelete: 'set null' }),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.poolId, t.centreId] }),
    index('pool_allocations_centre_idx').on(t.centreId),
    check('pool_allocations_hours', sql`${t.hoursPerMonth} >= 0 and ${t.hoursPerMonth} <= 744`),
  ],
);
