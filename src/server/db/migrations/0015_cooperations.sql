CREATE TABLE "assessment_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"hint" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_questions_kind" CHECK ("assessment_questions"."kind" in ('scale','text'))
);
--> statement-breakpoint
CREATE TABLE "assessment_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"mandate_fit" smallint,
	"mandate_fit_text" text,
	"family_benefit" smallint,
	"family_benefit_text" text,
	"mandate_benefit" smallint,
	"mandate_benefit_text" text,
	"hours_preparation" numeric(6, 1) DEFAULT '0' NOT NULL,
	"hours_delivery" numeric(6, 1) DEFAULT '0' NOT NULL,
	"hours_coordination" numeric(6, 1) DEFAULT '0' NOT NULL,
	"hours_travel" numeric(6, 1) DEFAULT '0' NOT NULL,
	"risks" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision" text,
	"decided_on" date,
	"decided_by" uuid,
	"review_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_revisions_decision" CHECK ("assessment_revisions"."decision" is null or "assessment_revisions"."decision" in ('go','not_now','no')),
	CONSTRAINT "assessment_revisions_decided_on" CHECK ("assessment_revisions"."decision" is null or "assessment_revisions"."decided_on" is not null),
	CONSTRAINT "assessment_revisions_scales" CHECK (coalesce("assessment_revisions"."mandate_fit", 1) between 1 and 5 and coalesce("assessment_revisions"."family_benefit", 1) between 1 and 5 and coalesce("assessment_revisions"."mandate_benefit", 1) between 1 and 5),
	CONSTRAINT "assessment_revisions_hours" CHECK ("assessment_revisions"."hours_preparation" >= 0 and "assessment_revisions"."hours_delivery" >= 0 and "assessment_revisions"."hours_coordination" >= 0 and "assessment_revisions"."hours_travel" >= 0 and "assessment_revisions"."hours_preparation" + "assessment_revisions"."hours_delivery" + "assessment_revisions"."hours_coordination" + "assessment_revisions"."hours_travel" <= 744)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"is_shared" boolean DEFAULT false NOT NULL,
	"current_revision" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"district_id" uuid,
	"hours_per_month" numeric(6, 1) NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_periods_hours" CHECK ("capacity_periods"."hours_per_month" between 0 and 744),
	CONSTRAINT "capacity_periods_order" CHECK ("capacity_periods"."valid_to" is null or "capacity_periods"."valid_to" >= "capacity_periods"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "capacity_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"hours_per_month" numeric(6, 1) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"district_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"need_weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"framework_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_pools_hours" CHECK ("capacity_pools"."hours_per_month" > 0 and "capacity_pools"."hours_per_month" <= 744),
	CONSTRAINT "capacity_pools_order" CHECK ("capacity_pools"."valid_to" >= "capacity_pools"."valid_from"),
	CONSTRAINT "capacity_pools_title_not_blank" CHECK (length(trim("capacity_pools"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "cooperation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid,
	"user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"municipality_id" uuid,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"typical_hours_per_month" numeric(6, 1),
	"agreement_template_key" text,
	"offering_formats" text[] DEFAULT '{}'::text[] NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_models_hours" CHECK ("cooperation_models"."typical_hours_per_month" is null or "cooperation_models"."typical_hours_per_month" between 0 and 744),
	CONSTRAINT "cooperation_models_name_not_blank" CHECK (length(trim("cooperation_models"."name_de")) > 0 and length(trim("cooperation_models"."name_en")) > 0)
);
--> statement-breakpoint
CREATE TABLE "cooperations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"model_id" uuid,
	"partner_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_mandates" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pool_allocations" (
	"pool_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"hours_per_month" numeric(6, 1) NOT NULL,
	"allocated_by" uuid,
	"allocated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pool_allocations_pool_id_centre_id_pk" PRIMARY KEY("pool_id","centre_id"),
	CONSTRAINT "pool_allocations_hours" CHECK ("pool_allocations"."hours_per_month" >= 0 and "pool_allocations"."hours_per_month" <= 744)
);
--> statement-breakpoint
CREATE TABLE "pool_requests" (
	"pool_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"hours_per_month" numeric(6, 1) NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pool_requests_pool_id_centre_id_pk" PRIMARY KEY("pool_id","centre_id"),
	CONSTRAINT "pool_requests_hours" CHECK ("pool_requests"."hours_per_month" > 0 and "pool_requests"."hours_per_month" <= 744)
);
--> statement-breakpoint
ALTER TABLE "assessment_questions" ADD CONSTRAINT "assessment_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_periods" ADD CONSTRAINT "capacity_periods_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_periods" ADD CONSTRAINT "capacity_periods_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_pools" ADD CONSTRAINT "capacity_pools_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_pools" ADD CONSTRAINT "capacity_pools_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_pools" ADD CONSTRAINT "capacity_pools_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "capacity_pools" ADD CONSTRAINT "capacity_pools_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_events" ADD CONSTRAINT "cooperation_events_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_events" ADD CONSTRAINT "cooperation_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_events" ADD CONSTRAINT "cooperation_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_models" ADD CONSTRAINT "cooperation_models_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_models" ADD CONSTRAINT "cooperation_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperations" ADD CONSTRAINT "cooperations_model_id_cooperation_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."cooperation_models"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "organization_mandates" ADD CONSTRAINT "organization_mandates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "organization_mandates" ADD CONSTRAINT "organization_mandates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_allocations" ADD CONSTRAINT "pool_allocations_pool_id_capacity_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."capacity_pools"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_allocations" ADD CONSTRAINT "pool_allocations_centre_id_organizations_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_allocations" ADD CONSTRAINT "pool_allocations_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_requests" ADD CONSTRAINT "pool_requests_pool_id_capacity_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."capacity_pools"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_requests" ADD CONSTRAINT "pool_requests_centre_id_organizations_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pool_requests" ADD CONSTRAINT "pool_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "assessment_questions_org_idx" ON "assessment_questions" USING btree ("organization_id","position");
--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_revisions_number_uq" ON "assessment_revisions" USING btree ("assessment_id","number");
--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_side_uq" ON "assessments" USING btree ("cooperation_id","organization_id");
--> statement-breakpoint
CREATE INDEX "assessments_org_idx" ON "assessments" USING btree ("organization_id");
--> statement-breakpoint
CREATE INDEX "capacity_periods_org_idx" ON "capacity_periods" USING btree ("organization_id","valid_from");
--> statement-breakpoint
CREATE INDEX "capacity_pools_municipality_idx" ON "capacity_pools" USING btree ("municipality_id");
--> statement-breakpoint
CREATE INDEX "capacity_pools_partner_idx" ON "capacity_pools" USING btree ("partner_id");
--> statement-breakpoint
CREATE INDEX "cooperation_events_cooperation_idx" ON "cooperation_events" USING btree ("cooperation_id","created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_models_instance_key_uq" ON "cooperation_models" USING btree ("key") WHERE "cooperation_models"."municipality_id" is null;
--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_models_municipality_key_uq" ON "cooperation_models" USING btree ("municipality_id","key") WHERE "cooperation_models"."municipality_id" is not null;
--> statement-breakpoint
CREATE INDEX "pool_allocations_centre_idx" ON "pool_allocations" USING btree ("centre_id");
--> statement-breakpoint
-- The cooperation is the directory's relationship (decision 015): same id, gone with it.
ALTER TABLE "cooperations" ADD CONSTRAINT "cooperations_relationship_fk" FOREIGN KEY ("id") REFERENCES "public"."partner_relationships"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_relationship_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."partner_relationships"("id") ON DELETE cascade;
--> statement-breakpoint
-- One organisation's periods for one district (or for all, district null) never overlap, even with racing writers.
ALTER TABLE "capacity_periods" ADD CONSTRAINT "capacity_periods_no_overlap" EXCLUDE USING gist (
	"organization_id" WITH =,
	(coalesce("district_id", '00000000-0000-0000-0000-000000000000'::uuid)) WITH =,
	daterange("valid_from", "valid_to", '[]') WITH &&
);
--> statement-breakpoint
-- The built-in cooperation models (domain.md §7); instance admins and planners add their own.
INSERT INTO "cooperation_models" ("key", "name_de", "name_en", "description_de", "description_en", "typical_hours_per_month", "agreement_template_key", "offering_formats", "built_in", "sort_order") VALUES
('referral', 'Verweis', 'Referral only', 'Das Familienzentrum kennt das Angebot des Partners und verweist Familien dorthin; feste Termine im Familienzentrum gibt es nicht.', 'The family centre knows the partner''s services and refers families to them; there are no fixed dates at the centre.', 1.0, NULL, '{}', true, 10),
('consultation_hour', 'Sprechstunde im Familienzentrum', 'Consultation hour at the centre', 'Fachkräfte des Partners bieten regelmäßig eine offene Sprechstunde in den Räumen des Familienzentrums an.', 'The partner''s staff hold a regular open consultation hour on the centre''s premises.', 4.0, 'consultation_hour', '{consultation_hour}', true, 20),
('joint_offering', 'Gemeinsames Angebot', 'Joint offering', 'Familienzentrum und Partner entwickeln ein Angebot gemeinsam und teilen Inhalt, Personal und Organisation.', 'The centre and the partner develop an offering together and share content, staff and organisation.', 6.0, 'joint_course', '{open_cafe,group,information_evening}', true, 30),
('course_in_centre', 'Kurs im Familienzentrum', 'Course at the centre', 'Der Partner führt einen Kurs oder eine Kursreihe in den Räumen des Familienzentrums durch.', 'The partner runs a course or course series on the centre''s premises.', 8.0, 'joint_course', '{course_series,single_event}', true, 40),
('framework_basic', 'Basiskooperation (Rahmen des Jugendamts)', 'Basic cooperation (Jugendamt framework)', 'Eine vom Jugendamt vorgegebene Grundvereinbarung zwischen Familienzentren und Beratungsstellen: Ansprechpersonen, Verweiswege, gelegentliche Präsenz.', 'A basic agreement set by the Jugendamt between family centres and counselling centres: contact persons, referral routes, occasional presence.', 2.0, 'basic_cooperation', '{consultation_hour,information_evening}', true, 50),
('pooled_capacity', 'Stundenkontingent über das Jugendamt', 'Pooled capacity brokered by the Jugendamt', 'Der Partner stellt dem Jugendamt ein Stundenkontingent für mehrere Familienzentren zur Verfügung; das Jugendamt verteilt es.', 'The partner gives the Jugendamt a pool of hours for several family centres; the Jugendamt allocates them.', NULL, 'basic_cooperation', '{consultation_hour}', true, 60);
