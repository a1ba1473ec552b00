CREATE TABLE "seal_areas" (
	"edition_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"kind" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"min_basic" smallint DEFAULT 0 NOT NULL,
	"min_advanced" smallint DEFAULT 0 NOT NULL,
	"minimums_estimated" boolean DEFAULT false NOT NULL,
	CONSTRAINT "seal_areas_edition_id_number_pk" PRIMARY KEY("edition_id","number"),
	CONSTRAINT "seal_areas_number_range" CHECK ("seal_areas"."number" between 1 and 20),
	CONSTRAINT "seal_areas_minimums" CHECK ("seal_areas"."min_basic" >= 0 and "seal_areas"."min_advanced" >= 0)
);
--> statement-breakpoint
CREATE TABLE "seal_criteria" (
	"edition_id" uuid NOT NULL,
	"code" text NOT NULL,
	"area" smallint NOT NULL,
	"kind" text NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	"hint_de" text DEFAULT '' NOT NULL,
	"hint_en" text DEFAULT '' NOT NULL,
	"evidence" text[] NOT NULL,
	"partner_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "seal_criteria_edition_id_code_pk" PRIMARY KEY("edition_id","code"),
	CONSTRAINT "seal_criteria_code_format" CHECK ("seal_criteria"."code" ~ '^[0-9]{1,2}\.[0-9]{1,2}$')
);
--> statement-breakpoint
CREATE TABLE "seal_cycle_reminders" (
	"cycle_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"months_before" smallint NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seal_cycle_reminders_cycle_id_due_on_months_before_pk" PRIMARY KEY("cycle_id","due_on","months_before")
);
--> statement-breakpoint
CREATE TABLE "seal_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"edition_id" uuid NOT NULL,
	"certified_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"review_year" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seal_cycles_order" CHECK ("seal_cycles"."valid_until" > "seal_cycles"."certified_on"),
	CONSTRAINT "seal_cycles_review_year" CHECK ("seal_cycles"."review_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "seal_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"current" boolean DEFAULT false NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seal_editions_key_unique" UNIQUE("key"),
	CONSTRAINT "seal_editions_key_not_blank" CHECK (length(trim("seal_editions"."key")) > 0)
);
--> statement-breakpoint
CREATE TABLE "seal_manual_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"criteria" text[] NOT NULL,
	"effective_on" date NOT NULL,
	"expires_on" date,
	"file" "bytea",
	"file_name" text,
	"file_size" integer,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seal_manual_evidence_title_not_blank" CHECK (length(trim("seal_manual_evidence"."title")) > 0),
	CONSTRAINT "seal_manual_evidence_criteria" CHECK (cardinality("seal_manual_evidence"."criteria") > 0),
	CONSTRAINT "seal_manual_evidence_file" CHECK (("seal_manual_evidence"."kind" = 'document') = ("seal_manual_evidence"."file" is not null)),
	CONSTRAINT "seal_manual_evidence_file_size" CHECK ("seal_manual_evidence"."file_size" is null or "seal_manual_evidence"."file_size" <= 10485760),
	CONSTRAINT "seal_manual_evidence_dates" CHECK ("seal_manual_evidence"."expires_on" is null or "seal_manual_evidence"."expires_on" >= "seal_manual_evidence"."effective_on")
);
--> statement-breakpoint
ALTER TABLE "seal_areas" ADD CONSTRAINT "seal_areas_edition_id_seal_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."seal_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_criteria" ADD CONSTRAINT "seal_criteria_edition_id_seal_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."seal_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_criteria" ADD CONSTRAINT "seal_criteria_edition_id_area_seal_areas_edition_id_number_fk" FOREIGN KEY ("edition_id","area") REFERENCES "public"."seal_areas"("edition_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_cycle_reminders" ADD CONSTRAINT "seal_cycle_reminders_cycle_id_seal_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."seal_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_cycles" ADD CONSTRAINT "seal_cycles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_cycles" ADD CONSTRAINT "seal_cycles_edition_id_seal_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."seal_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_cycles" ADD CONSTRAINT "seal_cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_editions" ADD CONSTRAINT "seal_editions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_manual_evidence" ADD CONSTRAINT "seal_manual_evidence_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_manual_evidence" ADD CONSTRAINT "seal_manual_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seal_cycles_org_certified_uq" ON "seal_cycles" USING btree ("organization_id","certified_on");--> statement-breakpoint
CREATE INDEX "seal_cycles_valid_until_idx" ON "seal_cycles" USING btree ("valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "seal_editions_one_current_uq" ON "seal_editions" USING btree ("current") WHERE "seal_editions"."current";--> statement-breakpoint
CREATE INDEX "seal_manual_evidence_org_idx" ON "seal_manual_evidence" USING btree ("organization_id","effective_on");