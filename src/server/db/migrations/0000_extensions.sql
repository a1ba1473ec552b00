-- Extensions later modules rely on; available in PGlite (loaded by the client) and in PostgreSQL 15+.
-- btree_gist: exclusion constraints that mix equality and range overlap (room bookings).
-- pg_trgm: typo-tolerant and partial-word matching (directory search).
-- unaccent: umlaut and ß folding for search.
-- Distance uses plain haversine SQL with a bounding box; cube/earthdistance are deliberately absent
-- (in PGlite they break pg_trgm's operators).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE; index expressions need an IMMUTABLE wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
