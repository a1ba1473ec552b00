CREATE TYPE "public"."relationship_status" AS ENUM('potential', 'in_contact', 'active', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "contact_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"phone" text,
	"email" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_kinds" (
	"organization_id" uuid NOT NULL,
	"kind_id" uuid NOT NULL,
	CONSTRAINT "organization_kinds_organization_id_kind_id_pk" PRIMARY KEY("organization_id","kind_id")
);
--> statement-breakpoint
CREATE TABLE "partner_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"label_de" text NOT NULL,
	"label_en" text NOT NULL,
	"is_priority" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_kinds_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "partner_profiles" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"core_mandate" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"public_fields" jsonb DEFAULT '{"address":true,"contact":true,"openingHours":true,"contactPersons":false}'::jsonb NOT NULL,
	"owner_user_id" uuid,
	"last_confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"folded_name" text DEFAULT '' NOT NULL,
	"search_document" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" "relationship_status" DEFAULT 'potential' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"internal_notes" text,
	"next_step" text,
	"next_step_assignee_id" uuid,
	"next_step_due" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relationship_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"status" "relationship_status" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_kinds" ADD CONSTRAINT "organization_kinds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_kinds" ADD CONSTRAINT "organization_kinds_kind_id_partner_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."partner_kinds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_relationships" ADD CONSTRAINT "partner_relationships_centre_id_organizations_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_relationships" ADD CONSTRAINT "partner_relationships_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_relationships" ADD CONSTRAINT "partner_relationships_next_step_assignee_id_users_id_fk" FOREIGN KEY ("next_step_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_status_changes" ADD CONSTRAINT "relationship_status_changes_relationship_id_partner_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."partner_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_status_changes" ADD CONSTRAINT "relationship_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_persons_org_idx" ON "contact_persons" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organization_kinds_kind_idx" ON "organization_kinds" USING btree ("kind_id");--> statement-breakpoint
CREATE INDEX "partner_profiles_confirmed_idx" ON "partner_profiles" USING btree ("last_confirmed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_relationships_pair_uq" ON "partner_relationships" USING btree ("centre_id","partner_id");--> statement-breakpoint
CREATE INDEX "partner_relationships_partner_idx" ON "partner_relationships" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "relationship_status_changes_rel_idx" ON "relationship_status_changes" USING btree ("relationship_id","changed_at");