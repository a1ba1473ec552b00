-- Rooms and bookings (issue 6). Hand-written: the exclusion constraint needs btree_gist (0000_extensions).
CREATE TYPE "public"."room_booking_status" AS ENUM('requested', 'confirmed', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"name" text NOT NULL,
	"building" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"capacity" integer NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"usage_rules" text,
	"description" text,
	"fee_model" text DEFAULT 'free' NOT NULL,
	"fee_cents_per_hour" integer,
	"fee_share_percent" integer,
	"bookable_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rooms_capacity_positive" CHECK ("capacity" > 0),
	CONSTRAINT "rooms_buffer_range" CHECK ("buffer_minutes" between 0 and 240),
	CONSTRAINT "rooms_fee_model" CHECK ("fee_model" in ('free', 'per_hour', 'course_share')),
	CONSTRAINT "rooms_name_not_blank" CHECK (length(trim("name")) > 0)
);
--> statement-breakpoint
CREATE INDEX "rooms_organization_idx" ON "rooms" ("organization_id", "name");--> statement-breakpoint
-- Availability search: bounding box on lat/lng first, then haversine.
CREATE INDEX "rooms_location_idx" ON "rooms" ("lat", "lng") WHERE removed_at is null;--> statement-breakpoint
CREATE TABLE "room_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL REFERENCES "rooms"("id") ON DELETE cascade,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_uid" text,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_closures_order" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE INDEX "room_closures_room_idx" ON "room_closures" ("room_id", "starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "room_closures_external_uq" ON "room_closures" ("room_id", "external_uid");--> statement-breakpoint
CREATE TABLE "room_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL REFERENCES "rooms"("id") ON DELETE cascade,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"agreement_id" uuid,
	"note" text,
	"valid_until" date,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "room_grants_room_org_uq" ON "room_grants" ("room_id", "organization_id");--> statement-breakpoint
CREATE INDEX "room_grants_org_idx" ON "room_grants" ("organization_id");--> statement-breakpoint
CREATE TABLE "room_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL REFERENCES "rooms"("id"),
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"status" "room_booking_status" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"series_id" uuid,
	"decision_reason" text,
	"decided_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"decided_at" timestamp with time zone,
	"cancelled_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"cancelled_at" timestamp with time zone,
	"offering_id" uuid,
	"offering_session_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_bookings_order" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "room_bookings_max_length" CHECK ("ends_at" - "starts_at" <= interval '24 hours'),
	CONSTRAINT "room_bookings_blocked_after_end" CHECK ("blocked_until" >= "ends_at"),
	-- The invariant of the module: two confirmed bookings of one room never overlap, buffer included.
	-- blocked_until is stored because timestamptz + interval is not IMMUTABLE.
	CONSTRAINT "room_bookings_no_overlap" EXCLUDE USING gist (
		"room_id" WITH =,
		tstzrange("starts_at", "blocked_until", '[)') WITH &&
	) WHERE ("status" = 'confirmed')
);
--> statement-breakpoint
CREATE INDEX "room_bookings_room_time_idx" ON "room_bookings" ("room_id", "starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_org_time_idx" ON "room_bookings" ("organization_id", "starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_series_idx" ON "room_bookings" ("series_id");--> statement-breakpoint
CREATE INDEX "room_bookings_requested_idx" ON "room_bookings" ("room_id", "starts_at") WHERE status = 'requested';
