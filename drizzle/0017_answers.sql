CREATE TABLE "answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"part_id" uuid,
	"question" text NOT NULL,
	"text" text NOT NULL,
	"author_person_id" uuid,
	"submission_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "submission_id" uuid;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_part_id_agenda_part_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."agenda_part"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answer_submission_idx" ON "answer" USING btree ("meeting_id","submission_id");--> statement-breakpoint
CREATE INDEX "answer_meeting_idx" ON "answer" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signal_submission_idx" ON "signal" USING btree ("meeting_id","submission_id");