CREATE TYPE "public"."agenda_part_kind" AS ENUM('welcome', 'checkIn', 'lookBack', 'groupAgreements', 'deepDive', 'roundOff', 'checkOut', 'introductions', 'break');--> statement-breakpoint
CREATE TABLE "agenda_part" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"template_id" text,
	"template_key" text,
	"kind" "agenda_part_kind" NOT NULL,
	"title" text,
	"yields" text,
	"notes" text,
	"question" text,
	"minutes" integer NOT NULL,
	"shortest" integer NOT NULL,
	"longest" integer NOT NULL,
	"format" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"based_on" text NOT NULL,
	"name" text NOT NULL,
	"parts" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "agenda_template_id" text;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "agenda_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_part" ADD CONSTRAINT "agenda_part_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_template" ADD CONSTRAINT "agenda_template_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_template" ADD CONSTRAINT "agenda_template_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_part_meeting_idx" ON "agenda_part" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_template_org_based_on_idx" ON "agenda_template" USING btree ("organisation_id","based_on");