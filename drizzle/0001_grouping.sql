CREATE TABLE "attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "attendance_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_group" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"group_number" integer NOT NULL,
	CONSTRAINT "meeting_group_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "group_size_min" integer;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "group_size_max" integer;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "groups_locked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_group" ADD CONSTRAINT "meeting_group_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_group" ADD CONSTRAINT "meeting_group_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_person_idx" ON "attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meeting_group_person_idx" ON "meeting_group" USING btree ("person_id");