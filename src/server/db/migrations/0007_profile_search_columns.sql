ALTER TABLE "partner_profiles" ADD COLUMN "location" "point";--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD COLUMN "kind_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- The trigger now also copies coordinates and kinds onto the profile (see decision 004).
CREATE OR REPLACE FUNCTION partner_profiles_refresh_search() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  org record;
  kind_labels text;
BEGIN
  SELECT name, description, lat, lng INTO org FROM organizations WHERE id = NEW.organization_id;
  SELECT string_agg(k.label_de || ' ' || k.label_en, ' '), coalesce(array_agg(k.id), '{}')
    INTO kind_labels, NEW.kind_ids
    FROM organization_kinds ok JOIN partner_kinds k ON k.id = ok.kind_id
    WHERE ok.organization_id = NEW.organization_id;
  NEW.location := CASE WHEN org.lat IS NULL OR org.lng IS NULL THEN NULL ELSE point(org.lng, org.lat) END;
  NEW.folded_name := f_fold(coalesce(org.name, ''));
  NEW.search_document :=
    setweight(to_tsvector('german', NEW.folded_name), 'A') ||
    setweight(to_tsvector('german', f_fold(coalesce(kind_labels, ''))), 'B') ||
    setweight(to_tsvector('german', f_fold(coalesce(NEW.core_mandate, '') || ' ' || coalesce(org.description, ''))), 'C');
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER organizations_profile_search ON organizations;--> statement-breakpoint
CREATE TRIGGER organizations_profile_search AFTER UPDATE OF name, description, lat, lng ON organizations
  FOR EACH ROW EXECUTE FUNCTION organizations_touch_profile();--> statement-breakpoint
UPDATE partner_profiles SET folded_name = folded_name;--> statement-breakpoint
CREATE INDEX partner_profiles_location_idx ON partner_profiles USING gist (location);--> statement-breakpoint
CREATE INDEX partner_profiles_kind_ids_idx ON partner_profiles USING gin (kind_ids);
