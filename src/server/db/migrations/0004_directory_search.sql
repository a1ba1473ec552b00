-- Folding for German search: umlauts and ß become their two-letter forms (ä → ae, ß → ss), other
-- accents are removed, so "familienbildungsstaette" and "Familienbildungsstätte" meet.
CREATE OR REPLACE FUNCTION f_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT f_unaccent(replace(replace(replace(replace(lower($1), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss')) $$;--> statement-breakpoint

-- The search columns of a profile are derived from the profile, its organisation and its kinds.
-- Triggers keep them current whichever module changes those rows.
CREATE OR REPLACE FUNCTION partner_profiles_refresh_search() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  org_name text;
  org_description text;
  kind_labels text;
BEGIN
  SELECT name, description INTO org_name, org_description FROM organizations WHERE id = NEW.organization_id;
  SELECT string_agg(k.label_de || ' ' || k.label_en, ' ') INTO kind_labels
    FROM organization_kinds ok JOIN partner_kinds k ON k.id = ok.kind_id
    WHERE ok.organization_id = NEW.organization_id;
  NEW.folded_name := f_fold(coalesce(org_name, ''));
  NEW.search_document :=
    setweight(to_tsvector('german', NEW.folded_name), 'A') ||
    setweight(to_tsvector('german', f_fold(coalesce(kind_labels, ''))), 'B') ||
    setweight(to_tsvector('german', f_fold(coalesce(NEW.core_mandate, '') || ' ' || coalesce(org_description, ''))), 'C');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER partner_profiles_search BEFORE INSERT OR UPDATE ON partner_profiles
  FOR EACH ROW EXECUTE FUNCTION partner_profiles_refresh_search();--> statement-breakpoint

CREATE OR REPLACE FUNCTION organizations_touch_profile() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE partner_profiles SET folded_name = folded_name WHERE organization_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER organizations_profile_search AFTER UPDATE OF name, description ON organizations
  FOR EACH ROW EXECUTE FUNCTION organizations_touch_profile();--> statement-breakpoint

CREATE OR REPLACE FUNCTION organization_kinds_touch_profile() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE partner_profiles SET folded_name = folded_name
    WHERE organization_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER organization_kinds_profile_search AFTER INSERT OR DELETE ON organization_kinds
  FOR EACH ROW EXECUTE FUNCTION organization_kinds_touch_profile();--> statement-breakpoint

CREATE INDEX partner_profiles_search_idx ON partner_profiles USING gin (search_document);--> statement-breakpoint
CREATE INDEX partner_profiles_folded_name_trgm_idx ON partner_profiles USING gin (folded_name gin_trgm_ops);--> statement-breakpoint
-- Distance search narrows by a lat/lng bounding box first.
CREATE INDEX organizations_lat_lng_idx ON organizations (lat, lng);--> statement-breakpoint

-- The partner kinds of domain.md §3; instance admins add more.
INSERT INTO partner_kinds (key, label_de, label_en, is_priority, sort_order) VALUES
  ('counselling', 'Erziehungs- und Familienberatung', 'Educational and family counselling', true, 10),
  ('family_education', 'Familienbildung', 'Family education', true, 20),
  ('childminding', 'Kindertagespflege', 'Childminding service', false, 30),
  ('youth_office_service', 'Dienste des Jugendamts', 'Youth welfare office services', false, 40),
  ('health_office', 'Gesundheitsamt', 'Health office', false, 50),
  ('paediatrician', 'Kinderärztliche Praxis', 'Paediatrician', false, 60),
  ('midwife', 'Hebamme', 'Midwife', false, 70),
  ('early_help', 'Frühe Hilfen', 'Early help', false, 80),
  ('primary_school', 'Grundschule', 'Primary school', false, 90),
  ('jobcenter', 'Jobcenter', 'Jobcenter', false, 100),
  ('municipal_office', 'Kommunale Ämter', 'Municipal offices', false, 110),
  ('migration', 'Migrationsdienste', 'Migration services', false, 120),
  ('sports_club', 'Sportverein', 'Sports club', false, 130),
  ('music_club', 'Musikverein und Musikschule', 'Music club and school', false, 140),
  ('library', 'Bibliothek', 'Library', false, 150),
  ('self_help', 'Selbsthilfegruppe', 'Self-help group', false, 160),
  ('parish', 'Kirchengemeinde', 'Parish', false, 170)
ON CONFLICT (key) DO NOTHING;
