CREATE SEQUENCE "agreement_reference_seq";--> statement-breakpoint
CREATE TABLE "agreement_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_organization_id" uuid REFERENCES "organizations"("id") ON DELETE cascade,
	"built_in" boolean DEFAULT false NOT NULL,
	"sections" jsonb NOT NULL,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_templates_instance_key_uq" ON "agreement_templates" ("key") WHERE "owner_organization_id" is null;--> statement-breakpoint
CREATE INDEX "agreement_templates_owner_idx" ON "agreement_templates" ("owner_organization_id");--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL CONSTRAINT "agreements_reference_unique" UNIQUE,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"template_id" uuid REFERENCES "agreement_templates"("id") ON DELETE set null,
	"status" text DEFAULT 'draft' NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"current_version" integer DEFAULT 1 NOT NULL,
	"in_force_version" integer,
	"start_date" date NOT NULL,
	"end_date" date,
	"auto_renewal" boolean DEFAULT false NOT NULL,
	"renewal_months" integer DEFAULT 12 NOT NULL,
	"notice_period_months" integer DEFAULT 3 NOT NULL,
	"review_date" date,
	"needs_amendment_reason" text,
	"needs_amendment_detail" text,
	"needs_amendment_since" timestamp with time zone,
	"shared_with_youth_office" boolean DEFAULT false NOT NULL,
	"framework_id" uuid,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_term_order" CHECK ("end_date" is null or "end_date" >= "start_date"),
	CONSTRAINT "agreements_title_not_blank" CHECK (length(trim("title")) > 0)
);
--> statement-breakpoint
CREATE INDEX "agreements_municipality_status_idx" ON "agreements" ("municipality_id","status");--> statement-breakpoint
CREATE INDEX "agreements_review_date_idx" ON "agreements" ("review_date");--> statement-breakpoint
CREATE INDEX "agreements_framework_idx" ON "agreements" ("framework_id");--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
	"position" integer NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"facility_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"verbund_members" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"representative_name" text,
	"representative_role" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_parties_position_uq" ON "agreement_parties" ("agreement_id","position");--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" ("organization_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_facilities_idx" ON "agreement_parties" USING gin ("facility_ids");--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sections" jsonb NOT NULL,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"child_protection_checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"snapshot" jsonb,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_versions_number_uq" ON "agreement_versions" ("agreement_id","number");--> statement-breakpoint
CREATE TABLE "agreement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
	"version_number" integer NOT NULL,
	"party_id" uuid NOT NULL REFERENCES "agreement_parties"("id") ON DELETE cascade,
	"signer_name" text NOT NULL,
	"signer_role" text NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"pdf" bytea,
	"pdf_size" integer,
	"pdf_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_signatures_pdf_size" CHECK ("pdf_size" is null or "pdf_size" <= 10485760)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatures_party_uq" ON "agreement_signatures" ("agreement_id","version_number","party_id");--> statement-breakpoint
CREATE TABLE "agreement_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
	"version_number" integer NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"author_name" text NOT NULL,
	"organization_id" uuid REFERENCES "organizations"("id") ON DELETE set null,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "agreement_comments_agreement_idx" ON "agreement_comments" ("agreement_id","created_at");--> statement-breakpoint
CREATE TABLE "agreement_reminders" (
	"agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_reminders_uq" ON "agreement_reminders" ("agreement_id","kind","due_on","days_before");
