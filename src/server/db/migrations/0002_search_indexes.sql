-- Organisation names are searched with umlaut folding and typo tolerance (GET /api/v1/organizations?q=).
CREATE INDEX IF NOT EXISTS organizations_name_trgm_idx
  ON organizations USING gin (f_unaccent(lower(name)) gin_trgm_ops);
