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
CREATE INDEX "seal_manual_evidence_org_idx" ON "seal_manual_evidence" USING btree ("organization_id","effective_on");--> statement-breakpoint
-- Edition 2020 of the catalogue, in our own words (decision 017); src/server/modules/seal/editions/2020.json is
-- the same data (catalogue-edition-2020.test.ts keeps the two equal). Minimum counts are estimates.
INSERT INTO "seal_editions" ("key", "title", "current", "built_in", "source") VALUES
  ('2020', 'Gütesiegel Familienzentrum NRW, Ausgabe 2020 (eigene Umschreibung)', true, true, 'mitgeliefert');--> statement-breakpoint
INSERT INTO "seal_areas" ("edition_id", "number", "kind", "name_de", "name_en", "min_basic", "min_advanced", "minimums_estimated")
SELECT e."id", v."number", v."kind", v."name_de", v."name_en", v."min_basic", v."min_advanced", true
FROM "seal_editions" e, (VALUES
  (1::smallint, 'performance', 'Beratung und Unterstützung von Kindern und Familien', 'Counselling and support for children and families', 3::smallint, 1::smallint),
  (2::smallint, 'performance', 'Familienbildung und Erziehungspartnerschaft', 'Family education and parenting partnership', 3::smallint, 2::smallint),
  (3::smallint, 'performance', 'Kindertagespflege', 'Childminding', 2::smallint, 1::smallint),
  (4::smallint, 'performance', 'Vereinbarkeit von Familie und Beruf', 'Work–family balance', 2::smallint, 1::smallint),
  (5::smallint, 'structure', 'Sozialraumbezug', 'Neighbourhood', 3::smallint, 1::smallint),
  (6::smallint, 'structure', 'Kooperation und Organisation', 'Cooperation and organisation', 4::smallint, 2::smallint),
  (7::smallint, 'structure', 'Kommunikation', 'Communication', 2::smallint, 1::smallint),
  (8::smallint, 'structure', 'Leistungsentwicklung und Selbstevaluation', 'Development and self-evaluation', 2::smallint, 1::smallint)
) AS v("number", "kind", "name_de", "name_en", "min_basic", "min_advanced")
WHERE e."key" = '2020';--> statement-breakpoint
INSERT INTO "seal_criteria" ("edition_id", "code", "area", "kind", "title_de", "title_en", "hint_de", "hint_en", "evidence", "partner_kinds", "position")
SELECT e."id", v."code", v."area", v."kind", v."title_de", v."title_en", v."hint_de", v."hint_en", v."evidence", v."partner_kinds", v."position"
FROM "seal_editions" e, (VALUES
  ('1.1', 1::smallint, 'basic', 'Regelmäßige Beratungsangebote für Eltern im Familienzentrum', 'Regular counselling for parents at the family centre', 'Offene Sprechstunde oder feste Beratungszeiten, die im Prüfzeitraum stattfanden.', 'An open consultation hour or fixed counselling times held in the review period.', ARRAY['offering']::text[], '{}'::text[], 1),
  ('1.2', 1::smallint, 'basic', 'Beratung gemeinsam mit einer Erziehungs- und Familienberatung', 'Counselling together with an educational and family counselling service', 'Ein Angebot mit der Beratungsstelle oder eine aktive Kooperation mit ihr.', 'An offering run with the counselling service or an active cooperation with it.', ARRAY['offering','cooperation']::text[], ARRAY['counselling']::text[], 2),
  ('1.3', 1::smallint, 'basic', 'Angebote zur frühen Unterstützung bei Entwicklungsfragen', 'Offerings of early support with developmental questions', 'Zum Beispiel Entwicklungssprechstunden oder Elterncafés mit Fachleuten.', 'For example developmental consultations or parent cafés with specialists.', ARRAY['offering']::text[], '{}'::text[], 3),
  ('1.4', 1::smallint, 'advanced', 'Angebote für Familien in besonderen Lebenslagen', 'Offerings for families in particular circumstances', 'Etwa für Alleinerziehende, Familien mit wenig Einkommen oder neu zugewanderte Familien.', 'For example single parents, low-income families or newly arrived families.', ARRAY['offering','document']::text[], '{}'::text[], 4),
  ('1.5', 1::smallint, 'advanced', 'Einbindung in das Netzwerk Frühe Hilfen', 'Part of the early help network', 'Eine aktive Kooperation mit einem Partner der Frühen Hilfen.', 'An active cooperation with an early help partner.', ARRAY['cooperation']::text[], ARRAY['early_help']::text[], 5),
  ('2.1', 2::smallint, 'basic', 'Eltern-Kind-Angebote zur Stärkung der Erziehungskompetenz', 'Parent–child offerings that strengthen parenting skills', 'Regelmäßige Gruppen, in denen Eltern und Kinder gemeinsam teilnehmen.', 'Regular groups that parents and children attend together.', ARRAY['offering']::text[], '{}'::text[], 6),
  ('2.2', 2::smallint, 'basic', 'Elternbildung zu Erziehungs- und Entwicklungsthemen', 'Parent education on parenting and development', 'Elternabende, Kurse oder Vorträge im Prüfzeitraum.', 'Parent evenings, courses or talks in the review period.', ARRAY['offering']::text[], '{}'::text[], 7),
  ('2.3', 2::smallint, 'basic', 'Bildungsangebote gemeinsam mit der Familienbildung', 'Education offerings together with family education', 'Ein Angebot mit einer Familienbildungsstätte oder eine aktive Kooperation mit ihr.', 'An offering with a family education centre or an active cooperation with one.', ARRAY['offering','cooperation']::text[], ARRAY['family_education']::text[], 8),
  ('2.4', 2::smallint, 'advanced', 'Angebote zu Gesundheit, Bewegung und Ernährung', 'Offerings on health, exercise and nutrition', 'Zum Beispiel Bewegungsgruppen oder Kochkurse für Familien.', 'For example exercise groups or cooking classes for families.', ARRAY['offering']::text[], '{}'::text[], 9),
  ('2.5', 2::smallint, 'advanced', 'Angebote zu Sprache, Lesen und Medien für Familien', 'Offerings on language, reading and media for families', 'Etwa Vorlesestunden, Sprachcafés oder Medienabende.', 'For example reading hours, language cafés or media evenings.', ARRAY['offering']::text[], '{}'::text[], 10),
  ('2.6', 2::smallint, 'advanced', 'Konzept der Erziehungspartnerschaft mit Eltern', 'Concept of the parenting partnership with parents', 'Ein schriftliches Konzept, wie Eltern beteiligt und begleitet werden.', 'A written concept of how parents are involved and supported.', ARRAY['document']::text[], '{}'::text[], 11),
  ('3.1', 3::smallint, 'basic', 'Information und Vermittlung zur Kindertagespflege', 'Information on and placement in childminding', 'Sprechstunden zur Tagespflege oder eine aktive Kooperation mit der Kindertagespflege.', 'Consultation hours on childminding or an active cooperation with a childminding service.', ARRAY['offering','cooperation']::text[], ARRAY['childminding']::text[], 12),
  ('3.2', 3::smallint, 'basic', 'Verbindliche Zusammenarbeit mit der Kindertagespflege', 'Binding collaboration with childminding', 'Eine aktive Kooperation oder gültige Vereinbarung mit einem Träger der Kindertagespflege.', 'An active cooperation or a valid agreement with a childminding provider.', ARRAY['cooperation','agreement']::text[], ARRAY['childminding']::text[], 13),
  ('3.3', 3::smallint, 'advanced', 'Räume für Tagespflegepersonen geöffnet', 'Rooms opened to childminders', 'Eine gültige Raumvergabe an einen Partner, etwa für Treffen von Tagespflegepersonen.', 'A valid room grant to a partner, e.g. for childminders’ meetings.', ARRAY['room']::text[], '{}'::text[], 14),
  ('3.4', 3::smallint, 'advanced', 'Austausch- und Fortbildungsangebote für Tagespflegepersonen', 'Exchange and training for childminders', 'Offene Treffs oder Fortbildungen, die im Prüfzeitraum stattfanden.', 'Open meetings or training held in the review period.', ARRAY['offering']::text[], '{}'::text[], 15),
  ('4.1', 4::smallint, 'basic', 'Betreuung über die regulären Öffnungszeiten hinaus', 'Care beyond the regular opening hours', 'Randzeiten-, Ferien- oder Notfallbetreuung im Prüfzeitraum.', 'Early, late, holiday or emergency care in the review period.', ARRAY['offering']::text[], '{}'::text[], 16),
  ('4.2', 4::smallint, 'basic', 'Information zur Vereinbarkeit von Familie und Beruf', 'Information on balancing family and work', 'Beratungsabende oder schriftliche Informationen für berufstätige Eltern.', 'Information evenings or written information for working parents.', ARRAY['offering','document']::text[], '{}'::text[], 17),
  ('4.3', 4::smallint, 'basic', 'Zusammenarbeit mit dem Jobcenter', 'Collaboration with the job centre', 'Eine aktive Kooperation oder gültige Vereinbarung mit dem Jobcenter.', 'An active cooperation or a valid agreement with the job centre.', ARRAY['cooperation','agreement']::text[], ARRAY['jobcenter']::text[], 18),
  ('4.4', 4::smallint, 'advanced', 'Bedarfsabfrage zu Betreuungszeiten', 'Survey of care-time needs', 'Eine dokumentierte Abfrage bei Eltern, welche Betreuungszeiten sie brauchen.', 'A documented survey of the care times parents need.', ARRAY['document']::text[], '{}'::text[], 19),
  ('4.5', 4::smallint, 'advanced', 'Kooperation mit Arbeitgebern im Umfeld', 'Cooperation with local employers', 'Eine aktive Kooperation oder Vereinbarung, etwa über Belegplätze.', 'An active cooperation or agreement, e.g. about reserved places.', ARRAY['cooperation','agreement']::text[], '{}'::text[], 20),
  ('5.1', 5::smallint, 'basic', 'Sozialraumanalyse, regelmäßig aktualisiert', 'Neighbourhood analysis, regularly updated', 'Eine schriftliche Beschreibung des Stadtteils und seiner Familien.', 'A written description of the neighbourhood and its families.', ARRAY['document']::text[], '{}'::text[], 21),
  ('5.2', 5::smallint, 'basic', 'Angebote auf den Bedarf im Stadtteil ausgerichtet', 'Offerings geared to the neighbourhood’s needs', 'Angebote, die aus der Sozialraumanalyse folgen und im Prüfzeitraum stattfanden.', 'Offerings that follow from the neighbourhood analysis and took place in the review period.', ARRAY['offering']::text[], '{}'::text[], 22),
  ('5.3', 5::smallint, 'basic', 'Offene Begegnungsangebote für Familien im Stadtteil', 'Open meeting places for families in the neighbourhood', 'Ein offener Treff oder Räume, die Gruppen aus dem Stadtteil nutzen.', 'An open meeting point or rooms used by neighbourhood groups.', ARRAY['offering','room']::text[], '{}'::text[], 23),
  ('5.4', 5::smallint, 'advanced', 'Mitwirkung an Aktionen im Stadtteil', 'Taking part in neighbourhood activities', 'Stadtteilfeste, Aktionstage oder eine aktive Kooperation mit Akteuren im Stadtteil.', 'Neighbourhood festivals, action days or an active cooperation with local actors.', ARRAY['offering','cooperation']::text[], '{}'::text[], 24),
  ('5.5', 5::smallint, 'advanced', 'Übergang in die Schule gemeinsam gestalten', 'Shaping the transition to school together', 'Eine aktive Kooperation mit einer Grundschule.', 'An active cooperation with a primary school.', ARRAY['cooperation']::text[], ARRAY['primary_school']::text[], 25),
  ('6.1', 6::smallint, 'basic', 'Verbindliche Vereinbarung mit einer Erziehungs- und Familienberatung', 'Binding agreement with an educational and family counselling service', 'Eine unterschriebene Kooperationsvereinbarung, die am Prüfdatum gilt.', 'A signed cooperation agreement in force at the review date.', ARRAY['agreement']::text[], ARRAY['counselling']::text[], 26),
  ('6.2', 6::smallint, 'basic', 'Angebote gemeinsam mit Partnern entwickelt und durchgeführt', 'Offerings developed and run together with partners', 'Gemeinsame Angebote mit Partnern, die im Prüfzeitraum stattfanden.', 'Joint offerings with partners held in the review period.', ARRAY['offering']::text[], '{}'::text[], 27),
  ('6.3', 6::smallint, 'basic', 'Aktive Kooperation mit einer Familienbildungsstätte', 'Active cooperation with a family education centre', 'Eine am Prüfdatum aktive Kooperation im Partnerverzeichnis.', 'A cooperation in the partner directory that is active at the review date.', ARRAY['cooperation']::text[], ARRAY['family_education']::text[], 28),
  ('6.4', 6::smallint, 'basic', 'Zuständigkeiten mit Partnern schriftlich geregelt', 'Responsibilities with partners set out in writing', 'Eine unterschriebene Vereinbarung mit einem Partner, die am Prüfdatum gilt.', 'A signed agreement with a partner in force at the review date.', ARRAY['agreement']::text[], '{}'::text[], 29),
  ('6.5', 6::smallint, 'advanced', 'Räume für Angebote von Partnern geöffnet', 'Rooms opened for partners’ offerings', 'Eine gültige Raumvergabe an eine Partnerorganisation.', 'A valid room grant to a partner organisation.', ARRAY['room']::text[], '{}'::text[], 30),
  ('6.6', 6::smallint, 'advanced', 'Abstimmung im Netzwerk regelmäßig dokumentiert', 'Network coordination documented regularly', 'Protokolle der Netzwerktreffen als PDF hochladen.', 'Upload the minutes of network meetings as PDF.', ARRAY['document']::text[], '{}'::text[], 31),
  ('7.1', 7::smallint, 'basic', 'Programm der Angebote veröffentlicht', 'Programme of offerings published', 'Ein aktuelles Halbjahres- oder Jahresprogramm.', 'A current half-year or annual programme.', ARRAY['document']::text[], '{}'::text[], 32),
  ('7.2', 7::smallint, 'basic', 'Informationen für Familien in mehreren Sprachen', 'Information for families in several languages', 'Flyer oder Aushänge in den Sprachen der Familien im Stadtteil.', 'Flyers or notices in the languages of the neighbourhood’s families.', ARRAY['document']::text[], '{}'::text[], 33),
  ('7.3', 7::smallint, 'basic', 'Öffentlichkeitsarbeit im Stadtteil', 'Public relations in the neighbourhood', 'Website, Presse oder Aushänge, die das Familienzentrum bekannt machen.', 'Website, press or notices that make the family centre known.', ARRAY['document']::text[], '{}'::text[], 34),
  ('7.4', 7::smallint, 'advanced', 'Familien an der Planung der Angebote beteiligt', 'Families involved in planning the offerings', 'Etwa ein Elternbeirat, eine Ideenwand oder ein Beteiligungstreffen.', 'For example a parents’ council, an ideas wall or a planning meeting.', ARRAY['document','offering']::text[], '{}'::text[], 35),
  ('8.1', 8::smallint, 'basic', 'Jährliche Ziele schriftlich festgehalten', 'Annual goals set down in writing', 'Eine Jahresplanung mit Zielen für das Familienzentrum.', 'An annual plan with goals for the family centre.', ARRAY['document']::text[], '{}'::text[], 36),
  ('8.2', 8::smallint, 'basic', 'Familien regelmäßig nach ihrer Zufriedenheit gefragt', 'Families regularly asked about their satisfaction', 'Eine ausgewertete Befragung der Familien.', 'An evaluated survey of families.', ARRAY['document']::text[], '{}'::text[], 37),
  ('8.3', 8::smallint, 'basic', 'Fortbildungsplan für das Team', 'Training plan for the team', 'Ein Plan, welche Fortbildungen das Team besucht.', 'A plan of the training the team attends.', ARRAY['document']::text[], '{}'::text[], 38),
  ('8.4', 8::smallint, 'advanced', 'Selbstevaluation mit Konsequenzen', 'Self-evaluation with consequences', 'Eine Auswertung der eigenen Arbeit und was daraus folgt.', 'An evaluation of the centre’s own work and what follows from it.', ARRAY['document']::text[], '{}'::text[], 39),
  ('8.5', 8::smallint, 'advanced', 'Konzeption regelmäßig fortgeschrieben', 'Concept regularly updated', 'Die Konzeption des Familienzentrums mit Datum der letzten Überarbeitung.', 'The family centre’s concept with the date of its last revision.', ARRAY['document']::text[], '{}'::text[], 40)
) AS v("code", "area", "kind", "title_de", "title_en", "hint_de", "hint_en", "evidence", "partner_kinds", "position")
WHERE e."key" = '2020';
