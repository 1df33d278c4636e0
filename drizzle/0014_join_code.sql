CREATE TYPE "public"."join_code_purpose" AS ENUM('projector', 'phone');--> statement-breakpoint
CREATE TABLE "join_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"purpose" "join_code_purpose" NOT NULL,
	"code" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "join_code_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "join_code" ADD CONSTRAINT "join_code_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_code" ADD CONSTRAINT "join_code_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_code" ADD CONSTRAINT "join_code_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "join_code_meeting_idx" ON "join_code" USING btree ("meeting_id","purpose");--> statement-breakpoint
CREATE INDEX "join_code_org_idx" ON "join_code" USING btree ("organisation_id");