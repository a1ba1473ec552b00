-- Erasure (DSGVO Art. 17) keeps a person's users row as a tombstone: name and e-mail are replaced by a
-- pseudonym, sessions, credentials, API keys and memberships are deleted. Comments, signatures, bookings,
-- agreement versions and the audit trail keep pointing at the same row, so they all show the same pseudonym
-- and no foreign key has to be relaxed. `erased_at` marks the tombstone: it can never sign in again.
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
-- The audit trail's actor of a tombstone is looked up by id; the export lists a person's own entries.
CREATE INDEX IF NOT EXISTS "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","at");
