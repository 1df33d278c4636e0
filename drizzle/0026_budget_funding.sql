CREATE TYPE "public"."funding_kind" AS ENUM('nationalFund', 'localFund', 'municipalSubsidy', 'companiesAndBanks', 'inKind');--> statement-breakpoint
CREATE TYPE "public"."funding_status" AS ENUM('idea', 'asked', 'granted', 'refused');--> statement-breakpoint
CREATE TABLE "funding_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "funding_kind" NOT NULL,
	"status" "funding_status" NOT NULL,
	"amount" integer NOT NULL,
	"application_deadline" date,
	"report_due" date,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_budget" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"input" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "funding_source" ADD CONSTRAINT "funding_source_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_source" ADD CONSTRAINT "funding_source_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_source" ADD CONSTRAINT "funding_source_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_budget" ADD CONSTRAINT "region_budget_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_budget" ADD CONSTRAINT "region_budget_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_budget" ADD CONSTRAINT "region_budget_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_source_region_idx" ON "funding_source" USING btree ("organisation_id","region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "region_budget_region_idx" ON "region_budget" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "region_budget_org_idx" ON "region_budget" USING btree ("organisation_id");