CREATE TYPE "public"."planning_proposal_status" AS ENUM('proposed', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."planning_task_status" AS ENUM('open', 'in_progress', 'done', 'dropped');--> statement-breakpoint
ALTER TYPE "public"."organization_type" ADD VALUE 'state_office';--> statement-breakpoint
CREATE TABLE "district_boundaries" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"geometry" jsonb NOT NULL,
	"web_geometry" jsonb NOT NULL,
	"min_lat" double precision NOT NULL,
	"min_lng" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"max_lng" double precision NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district_need_figures" (
	"district_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"municipality_id" uuid NOT NULL,
	"children_under_3" integer,
	"children_3_to_6" integer,
	"sgb2_share_percent" numeric(5, 1),
	"single_parent_households" integer,
	"migration_share_percent" numeric(5, 1),
	"source" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_need_figures_district_id_year_pk" PRIMARY KEY("district_id","year"),
	CONSTRAINT "district_need_figures_year_range" CHECK ("district_need_figures"."year" between 2000 and 2100),
	CONSTRAINT "district_need_figures_counts_not_negative" CHECK (coalesce("district_need_figures"."children_under_3", 0) >= 0 and coalesce("district_need_figures"."children_3_to_6", 0) >= 0 and coalesce("district_need_figures"."single_parent_households", 0) >= 0),
	CONSTRAINT "district_need_figures_shares_are_percent" CHECK (coalesce("district_need_figures"."sgb2_share_percent", 0) between 0 and 100 and coalesce("district_need_figures"."migration_share_percent", 0) between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "planning_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"task_id" uuid,
	"centre_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"model_id" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" "planning_proposal_status" DEFAULT 'proposed' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text,
	"district_id" uuid,
	"organization_id" uuid,
	"owner_id" uuid,
	"due_on" date,
	"status" "planning_task_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_tasks_title_not_blank" CHECK (length(trim("planning_tasks"."title")) > 0)
);
--> statement-breakpoint
ALTER TABLE "district_boundaries" ADD CONSTRAINT "district_boundaries_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_boundaries" ADD CONSTRAINT "district_boundaries_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_boundaries" ADD CONSTRAINT "district_boundaries_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_messages" ADD CONSTRAINT "district_messages_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_messages" ADD CONSTRAINT "district_messages_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_messages" ADD CONSTRAINT "district_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_need_figures" ADD CONSTRAINT "district_need_figures_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_need_figures" ADD CONSTRAINT "district_need_figures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_need_figures" ADD CONSTRAINT "district_need_figures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_proposals" ADD CONSTRAINT "planning_proposals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_proposals" ADD CONSTRAINT "planning_proposals_task_id_planning_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."planning_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_proposals" ADD CONSTRAINT "planning_proposals_centre_id_organizations_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_proposals" ADD CONSTRAINT "planning_proposals_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_proposals" ADD CONSTRAINT "planning_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_tasks" ADD CONSTRAINT "planning_tasks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_tasks" ADD CONSTRAINT "planning_tasks_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_tasks" ADD CONSTRAINT "planning_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_tasks" ADD CONSTRAINT "planning_tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_tasks" ADD CONSTRAINT "planning_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_boundaries_municipality_idx" ON "district_boundaries" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "district_messages_municipality_idx" ON "district_messages" USING btree ("municipality_id","sent_at");--> statement-breakpoint
CREATE INDEX "district_need_figures_municipality_year_idx" ON "district_need_figures" USING btree ("municipality_id","year");--> statement-breakpoint
CREATE INDEX "planning_proposals_municipality_idx" ON "planning_proposals" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "planning_proposals_pair_idx" ON "planning_proposals" USING btree ("centre_id","partner_id");--> statement-breakpoint
CREATE INDEX "planning_tasks_municipality_status_idx" ON "planning_tasks" USING btree ("municipality_id","status","due_on");