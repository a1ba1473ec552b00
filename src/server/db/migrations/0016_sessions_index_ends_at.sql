-- The capacity derivation (issue 17) sums each staffed offering's session hours of 12 months: with `ends_at`
-- in the index too, that is an index-only scan per offering (no heap visit per session), a fifth of the
-- planner's overview of the NRW bench set's largest municipality (bench/capacity.ts, 10k offerings, 116k
-- sessions). The finder's next-session lookups (0013) keep their index-only scan. Same name and key.
DROP INDEX IF EXISTS "offering_sessions_offering_starts_idx";--> statement-breakpoint
CREATE INDEX "offering_sessions_offering_starts_idx" ON "offering_sessions" USING btree ("offering_id","starts_at") INCLUDE ("cancelled","ends_at");
