-- Offerings developed together (issue 5): offerings, their co-organisers with responsibilities,
-- consent rounds, comments, schedules (RRULE) and the sessions materialised from them; postcode centroids.
CREATE TYPE "public"."offering_status" AS ENUM('idea', 'proposed', 'agreed', 'published', 'running', 'evaluated', 'ended', 'cancelled');--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"plain_description" text,
	"format" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_from" smallint,
	"age_to" smallint,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee_cents" integer DEFAULT 0 NOT NULL,
	"reduced_fee_cents" integer,
	"fee_note" text,
	"registration" jsonb NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility_note" text,
	"seal_criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"status" "offering_status" DEFAULT 'idea' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consent_round" integer DEFAULT 1 NOT NULL,
	"lead_organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"place_name" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"location" point GENERATED ALWAYS AS (case when lat is null or lng is null then null else point(lng, lat) end) STORED,
	"district_id" uuid REFERENCES "districts"("id"),
	"room_id" uuid,
	"evaluation_text" text,
	"evaluation_updated_at" timestamp with time zone,
	"evaluation_updated_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"search_document" tsvector,
	"folded_title" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offerings_title_not_blank" CHECK (length(trim("title")) > 0),
	CONSTRAINT "offerings_fee_nonnegative" CHECK ("fee_cents" >= 0 and coalesce("reduced_fee_cents", 0) >= 0),
	CONSTRAINT "offerings_age_range" CHECK ("age_from" is null or "age_to" is null or "age_from" <= "age_to"),
	CONSTRAINT "offerings_lat_range" CHECK ("lat" is null or "lat" between -90 and 90),
	CONSTRAINT "offerings_lng_range" CHECK ("lng" is null or "lng" between -180 and 180)
);
--> statement-breakpoint
CREATE INDEX "offerings_lead_org_idx" ON "offerings" ("lead_organization_id");--> statement-breakpoint
CREATE INDEX "offerings_municipality_status_idx" ON "offerings" ("municipality_id", "status");--> statement-breakpoint
-- The public finder only ever looks at published/running public offerings: partial indexes keep it small.
CREATE INDEX "offerings_public_location_idx" ON "offerings" USING gist ("location")
  WHERE "is_public" AND "status" IN ('published', 'running');--> statement-breakpoint
CREATE INDEX "offerings_public_search_idx" ON "offerings" USING gin ("search_document")
  WHERE "is_public" AND "status" IN ('published', 'running');--> statement-breakpoint
CREATE INDEX "offerings_public_title_trgm_idx" ON "offerings" USING gin ("folded_title" gin_trgm_ops)
  WHERE "is_public" AND "status" IN ('published', 'running');--> statement-breakpoint
CREATE INDEX "offerings_public_target_groups_idx" ON "offerings" USING gin ("target_groups")
  WHERE "is_public" AND "status" IN ('published', 'running');--> statement-breakpoint
CREATE INDEX "offerings_public_district_idx" ON "offerings" ("district_id")
  WHERE "is_public" AND "status" IN ('published', 'running');--> statement-breakpoint
CREATE TABLE "offering_organizers" (
	"offering_id" uuid NOT NULL REFERENCES "offerings"("id") ON DELETE cascade,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"responsibilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"other_responsibilities" text,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "offering_organizers_offering_id_organization_id_pk" PRIMARY KEY("offering_id","organization_id"),
	CONSTRAINT "offering_organizers_known_responsibilities" CHECK ("responsibilities" <@ array['lead','content','staff','room','registration','publicity','insurance','costs','evaluation']::text[])
);
--> statement-breakpoint
CREATE INDEX "offering_organizers_org_idx" ON "offering_organizers" ("organization_id");--> statement-breakpoint
-- Exactly one lead per offering: the database refuses a second one, the service requires one.
CREATE UNIQUE INDEX "offering_organizers_one_lead_uq" ON "offering_organizers" ("offering_id")
  WHERE 'lead' = any("responsibilities");--> statement-breakpoint
CREATE TABLE "offering_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL REFERENCES "offerings"("id") ON DELETE cascade,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"round" integer NOT NULL,
	"user_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "offering_consents_round_uq" ON "offering_consents" ("offering_id", "organization_id", "round");--> statement-breakpoint
CREATE TABLE "offering_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL REFERENCES "offerings"("id") ON DELETE cascade,
	"author_user_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"organization_id" uuid REFERENCES "organizations"("id"),
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "offering_comments_offering_idx" ON "offering_comments" ("offering_id", "created_at", "id");--> statement-breakpoint
CREATE TABLE "offering_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL REFERENCES "offerings"("id") ON DELETE cascade,
	"position" smallint DEFAULT 0 NOT NULL,
	"start_date" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"rrule" text,
	"exdates" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_zone" text DEFAULT 'Europe/Berlin' NOT NULL,
	CONSTRAINT "offering_schedules_duration" CHECK ("duration_minutes" > 0)
);
--> statement-breakpoint
CREATE INDEX "offering_schedules_offering_idx" ON "offering_schedules" ("offering_id");--> statement-breakpoint
CREATE TABLE "offering_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL REFERENCES "offerings"("id") ON DELETE cascade,
	"schedule_id" uuid REFERENCES "offering_schedules"("id") ON DELETE set null,
	"original_starts_at" timestamp with time zone,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"participants" integer,
	"note" text,
	"room_id" uuid,
	"place_name" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	CONSTRAINT "offering_sessions_end_after_start" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "offering_sessions_participants" CHECK ("participants" is null or "participants" >= 0)
);
--> statement-breakpoint
CREATE INDEX "offering_sessions_offering_starts_idx" ON "offering_sessions" ("offering_id", "starts_at");--> statement-breakpoint
CREATE INDEX "offering_sessions_starts_idx" ON "offering_sessions" ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offering_sessions_occurrence_uq" ON "offering_sessions" ("schedule_id", "original_starts_at");--> statement-breakpoint
CREATE TABLE "postcodes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL
);
