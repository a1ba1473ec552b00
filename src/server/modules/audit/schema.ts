import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who changed which business record when, with the record before and after.
 * No foreign keys: the trail must outlive the people and records it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** The organisation whose history this entry belongs to (read by its admins). */
    organizationId: uuid('organization_id'),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityId, t.at),
    index('audit_log_org_idx').on(t.organizationId, t.at),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
  ],
);
