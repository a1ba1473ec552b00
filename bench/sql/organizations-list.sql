-- What one GET /api/v1/organizations?limit=50 sends to the database in steady state: the session
-- comes from better-auth's signed cookie and the memberships from the per-process cache (actor.ts),
-- so only the page query remains (listOrganizations in src/server/modules/accounts/repo.ts, limit + 1
-- rows for the next-page check, keyset order on organizations_name_idx).
--
-- TODO(lead): keep this in sync with the committed SQL snapshot of listOrganizations
-- (src/server/modules/accounts/__snapshots__/…). `npm run bench -- http` also captures the SQL the
-- running server really sends (wire-protocol counter) and warns when this file differs from it;
-- pgbench replays the captured statements unless `--pgbench-sql file` is given.
select "id", "type", "name", "provider_id", "network_id", "municipality_id", "district_id", "street", "postal_code", "city", "lat", "lng", "email", "phone", "website", "description", "internal_notes", "version", "created_at", "updated_at" from "organizations" order by "organizations"."name" asc, "organizations"."id" asc limit 51;
