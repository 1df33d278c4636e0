CREATE TYPE "public"."attendance_status" AS ENUM('present', 'absentWithNotice', 'absent');--> statement-breakpoint
CREATE TYPE "public"."change_level" AS ENUM('person', 'organisation', 'society');--> statement-breakpoint
CREATE TYPE "public"."note_visibility" AS ENUM('facilitators', 'group', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."signal_kind" AS ENUM('signal', 'selfStigma');--> statement-breakpoint
CREATE TABLE "change_wish" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_person_id" uuid,
	"level" "change_level",
	"theme" text,
	"submission_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debrief" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"went_well" text DEFAULT '' NOT NULL,
	"could_differ" text DEFAULT '' NOT NULL,
	"change_next" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "homework" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"visibility" "note_visibility" NOT NULL,
	"text" text NOT NULL,
	"author_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" "signal_kind" NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "status" "attendance_status";--> statement-breakpoint
-- Added by hand: the boolean becomes the status, so no attendance already ticked is lost.
UPDATE "attendance" SET "status" = CASE WHEN "present" THEN 'present'::"attendance_status" ELSE 'absent'::"attendance_status" END;--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "status" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "change_wish" ADD CONSTRAINT "change_wish_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_wish" ADD CONSTRAINT "change_wish_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_wish" ADD CONSTRAINT "change_wish_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief" ADD CONSTRAINT "debrief_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_agreement" ADD CONSTRAINT "group_agreement_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_agreement" ADD CONSTRAINT "group_agreement_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homework" ADD CONSTRAINT "homework_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_photo" ADD CONSTRAINT "meeting_photo_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "change_wish_submission_idx" ON "change_wish" USING btree ("series_id","submission_id");--> statement-breakpoint
CREATE INDEX "change_wish_meeting_idx" ON "change_wish" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "group_agreement_series_idx" ON "group_agreement" USING btree ("series_id","created_at");--> statement-breakpoint
CREATE INDEX "homework_meeting_idx" ON "homework" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_photo_meeting_idx" ON "meeting_photo" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "note_meeting_idx" ON "note" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "signal_meeting_idx" ON "signal" USING btree ("meeting_id","created_at");--> statement-breakpoint
ALTER TABLE "attendance" DROP COLUMN "present";