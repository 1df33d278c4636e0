CREATE TYPE "public"."group_form" AS ENUM('plenary', 'pairsOrThrees', 'smallGroups', 'individual');--> statement-breakpoint
CREATE TABLE "activity_format" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"minutes" integer NOT NULL,
	"group_form" "group_form" NOT NULL,
	"max_group_size" integer,
	"materials" text[] DEFAULT '{}' NOT NULL,
	"steps" text[] DEFAULT '{}' NOT NULL,
	"prompts" text[] DEFAULT '{}' NOT NULL,
	"online_variant" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_format" ADD CONSTRAINT "activity_format_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_format" ADD CONSTRAINT "activity_format_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_format_org_idx" ON "activity_format" USING btree ("organisation_id");