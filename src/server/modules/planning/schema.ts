import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities, organizations, users } from '../accounts/schema';

/**
 * The planning module (decision 016): what the Jugendamt needs to coordinate offerings across its
 * municipality. It keeps only aggregate data of its own — district boundaries, public need statistics,
 * planning tasks, proposals and messages to the centres of a district — and reads everything else
 * (offerings, cooperations, rooms, hours) through the other modules' read files, aggregated.
 */

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A district's (Sozialraum's) boundary, imported as GeoJSON (WGS84). `geometry` is the validated import
 * (Polygon or MultiPolygon), `webGeometry` the simplified copy the map draws; the bounding box lets SQL
 * pick candidates before a point-in-polygon test.
 */
export const districtBoundaries = pgTable(
  'district_boundaries',
  {
    districtId: uuid('district_id')
      .primaryKey()
      .references(() => districts.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    geometry: jsonb('geometry').notNull(),
    webGeometry: jsonb('web_geometry').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    minLng: doublePrecision('min_lng').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
    maxLng: doublePrecision('max_lng').notNull(),
    /** Where the planner got it (file name or "Statistikstelle 2026"). */
    source: text('source').notNull().default(''),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('district_boundaries_municipality_idx').on(t.municipalityId)],
);

/**
 * Public aggregate statistics per district and year (never about persons): the need side of planning.
 * Every figure may be unknown (null); shares are percentages of the district's families.
 */
export const districtNeedFigures = pgTable(
  'district_need_figures',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    childrenUnder3: integer('children_under_3'),
    children3To6: integer('children_3_to_6'),
    sgb2SharePercent: numeric('sgb2_share_percent', { precision: 5, scale: 1 }),
    singleParentHouseholds: integer('single_parent_households'),
    migrationSharePercent: numeric('migration_share_percent', { precision: 5, scale: 1 }),
    source: text('source').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.year] }),
    index('district_need_figures_municipality_year_idx').on(t.municipalityId, t.year),
    check('district_need_figures_year_range', sql`${t.year} between 2000 and 2100`),
    check(
      'district_need_figures_counts_not_negative',
      sql`coalesce(${t.childrenUnder3}, 0) >= 0 and coalesce(${t.children3To6}, 0) >= 0 and coalesce(${t.singleParentHouseholds}, 0) >= 0`,
    ),
    check(
      'district_need_figures_shares_are_percent',
      sql`coalesce(${t.sgb2SharePercent}, 0) between 0 and 100 and coalesce(${t.migrationSharePercent}, 0) between 0 and 100`,
    ),
  ],
);

export const planningTaskStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type PlanningTaskStatus = (typeof planningTaskStatuses)[number];
export const planningTaskStatusEnum = pgEnum('planning_task_status', planningTaskStatuses);

/**
 * A planner's to-do, usually made from a gap or an overlap: `source` keeps what it came from (the gap's
 * key, e.g. "no-cooperation:family_education:<districtId>"), so the gap list can show "task exists".
 */
export const planningTasks = pgTable(
  'planning_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: text('source'),
    districtId: uuid('district_id').references(() => districts.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    /** A member of the municipality's Jugendamt. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    status: planningTaskStatusEnum('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('planning_tasks_municipality_status_idx').on(t.municipalityId, t.status, t.dueOn),
    check('planning_tasks_title_not_blank', sql`length(trim(${t.title})) > 0`),
  ],
);

export const planningProposalStatuses = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type PlanningProposalStatus = (typeof planningProposalStatuses)[number];
export const planningProposalStatusEnum = pgEnum('planning_proposal_status', planningProposalStatuses);

/**
 * The Jugendamt proposes a cooperation model to a centre and a partner (brokering, domain.md §7). Both
 * sides are told through the outbox and answer on their cooperation page; the model itself is chosen in
 * the cooperations module.
 */
export const planningProposals = pgTable(
  'planning_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => planningTasks.id, { onDelete: 'set null' }),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** cooperation_models.id: a reference into the cooperations module, read through its read file. */
    modelId: uuid('model_id'),
    message: text('message').notNull().default(''),
    status: planningProposalStatusEnum('status').notNull().default('proposed'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('planning_proposals_municipality_idx').on(t.municipalityId, t.createdAt),
    index('planning_proposals_pair_idx').on(t.centreId, t.partnerId),
  ],
);

/** A message from the Jugendamt to all centres of a district, sent through the outbox; kept as sent. */
export const districtMessages = pgTable(
  'district_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** How many centres it went to (the addresses are not kept here). */
    recipientCount: integer('recipient_count').notNull(),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('district_messages_municipality_idx').on(t.municipalityId, t.sentAt)],
);
