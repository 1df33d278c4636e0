CREATE TYPE "public"."programme_kind" AS ENUM('programme', 'project', 'consultationTable');--> statement-breakpoint
CREATE TYPE "public"."quickscan_theme" AS ENUM('network', 'money', 'communication', 'room', 'knowledge', 'people', 'coaching');--> statement-breakpoint
CREATE TYPE "public"."readiness_status" AS ENUM('inPlace', 'partly', 'toDo');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_kind" AS ENUM('manager', 'civilServant');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_update_state" AS ENUM('draft', 'sent', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."update_frequency" AS ENUM('afterEveryMeeting', 'monthly', 'endOfSeries');--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL,
	"kind" "programme_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"run_by" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quickscan_answer" (
	"round_id" uuid NOT NULL,
	"theme" "quickscan_theme" NOT NULL,
	"status" "readiness_status",
	"present" text DEFAULT '' NOT NULL,
	"strengthen" text DEFAULT '' NOT NULL,
	CONSTRAINT "quickscan_answer_round_id_theme_pk" PRIMARY KEY("round_id","theme")
);
--> statement-breakpoint
CREATE TABLE "quickscan_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"answered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "stakeholder_kind" NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"frequency" "update_frequency" NOT NULL,
	"added_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	"occasion" text NOT NULL,
	"due_on" date NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"state" "stakeholder_update_state" DEFAULT 'draft' NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_answer" ADD CONSTRAINT "quickscan_answer_round_id_quickscan_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."quickscan_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_round" ADD CONSTRAINT "quickscan_round_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_round" ADD CONSTRAINT "quickscan_round_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_round" ADD CONSTRAINT "quickscan_round_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder" ADD CONSTRAINT "stakeholder_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder" ADD CONSTRAINT "stakeholder_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_update" ADD CONSTRAINT "stakeholder_update_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_update" ADD CONSTRAINT "stakeholder_update_stakeholder_id_stakeholder_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholder"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_update" ADD CONSTRAINT "stakeholder_update_sent_by_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_org_idx" ON "programme" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quickscan_round_region_number_idx" ON "quickscan_round" USING btree ("region_id","number");--> statement-breakpoint
CREATE INDEX "quickscan_round_org_idx" ON "quickscan_round" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "stakeholder_org_region_idx" ON "stakeholder" USING btree ("organisation_id","region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholder_update_occasion_idx" ON "stakeholder_update" USING btree ("stakeholder_id","occasion");--> statement-breakpoint
CREATE INDEX "stakeholder_update_org_idx" ON "stakeholder_update" USING btree ("organisation_id","state");