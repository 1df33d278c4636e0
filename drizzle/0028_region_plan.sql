CREATE TYPE "public"."partner_kind" AS ENUM('municipality', 'welfare', 'debtHelp', 'faithCommunity', 'education', 'health', 'housing', 'fund', 'company', 'residents', 'other');--> statement-breakpoint
CREATE TYPE "public"."partner_status" AS ENUM('idea', 'asked', 'agreed', 'declined');--> statement-breakpoint
CREATE TABLE "region_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "partner_kind" NOT NULL,
	"asks" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "partner_status" DEFAULT 'idea' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_plan" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"goals" text,
	"organiser_partner_id" uuid,
	"initiative_group" text,
	"room_by" text,
	"catering_by" text,
	"communication_by" text,
	"timeline" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"timeline_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "region_partner" ADD CONSTRAINT "region_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_partner" ADD CONSTRAINT "region_partner_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_plan" ADD CONSTRAINT "region_plan_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_plan" ADD CONSTRAINT "region_plan_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_plan" ADD CONSTRAINT "region_plan_organiser_partner_id_region_partner_id_fk" FOREIGN KEY ("organiser_partner_id") REFERENCES "public"."region_partner"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_partner_region_idx" ON "region_partner" USING btree ("organisation_id","region_id");--> statement-breakpoint
CREATE INDEX "region_plan_org_idx" ON "region_plan" USING btree ("organisation_id");