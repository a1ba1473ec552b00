-- Jugendamt planners see every agreement that involves a facility of their municipality, not only those
-- whose first party lies there. `municipality_ids` holds the municipalities of all parties' facilities
-- (a party without facilities acts for itself: its own municipality), plus `municipality_id`, the home
-- municipality (first party's first facility). Triggers on agreement_parties keep it current for every
-- writer (API, framework, demo loaders); statement-level, so bulk inserts update each agreement once.
ALTER TABLE "agreements" ADD COLUMN "municipality_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "agreements_municipality_ids_idx" ON "agreements" USING gin ("municipality_ids");--> statement-breakpoint
CREATE OR REPLACE FUNCTION agreements_refresh_municipalities(agreement_ids uuid[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE agreements a
     SET municipality_ids = coalesce((
       SELECT array_agg(DISTINCT m ORDER BY m)
         FROM (
           SELECT a.municipality_id AS m
           UNION
           SELECT o.municipality_id
             FROM agreement_parties p
             JOIN organizations o ON o.id = ANY (
               CASE WHEN cardinality(p.facility_ids) > 0 THEN p.facility_ids ELSE ARRAY[p.organization_id] END)
            WHERE p.agreement_id = a.id
         ) s
        WHERE m IS NOT NULL), ARRAY[a.municipality_id])
   WHERE a.id = ANY (agreement_ids);
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION agreement_parties_municipalities() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_refresh_municipalities(ARRAY(SELECT DISTINCT agreement_id FROM changed_parties));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER agreement_parties_municipalities_insert AFTER INSERT ON agreement_parties
  REFERENCING NEW TABLE AS changed_parties
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_municipalities();--> statement-breakpoint
CREATE TRIGGER agreement_parties_municipalities_update AFTER UPDATE ON agreement_parties
  REFERENCING NEW TABLE AS changed_parties
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_municipalities();--> statement-breakpoint
CREATE TRIGGER agreement_parties_municipalities_delete AFTER DELETE ON agreement_parties
  REFERENCING OLD TABLE AS changed_parties
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_municipalities();--> statement-breakpoint
-- Backfill.
SELECT agreements_refresh_municipalities(ARRAY(SELECT id FROM agreements));
