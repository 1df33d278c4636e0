CREATE TYPE "public"."consent_end" AS ENUM('spoken', 'paper', 'email', 'online', 'erasure');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('takingPart', 'contact', 'composition');--> statement-breakpoint
CREATE TYPE "public"."consent_source" AS ENUM('spoken', 'paper', 'email', 'online', 'beforeRegister');--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"wording" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"given_how" "consent_source" NOT NULL,
	"recorded_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_how" "consent_end",
	"withdrawn_recorded_by" text
);
--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_recorded_by_user_id_fk" FOREIGN KEY ("withdrawn_recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_person_idx" ON "consent" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_in_force_idx" ON "consent" USING btree ("person_id","purpose") WHERE "consent"."withdrawn_at" is null;--> statement-breakpoint
-- Hand-written: people stored before the register existed keep their data, each purpose their
-- details use marked "beforeRegister", so the coordinator sees whom to ask again.
INSERT INTO "consent" ("organisation_id", "person_id", "purpose", "wording", "given_how")
SELECT p."organisation_id", p."id", x."purpose"::"consent_purpose", '2026-12', 'beforeRegister'
FROM "person" p
CROSS JOIN LATERAL (VALUES
	('takingPart', true),
	('contact', p."email" IS NOT NULL OR p."phone" IS NOT NULL),
	('composition', p."lived_experience" OR p."experience_expert")
) AS x("purpose", "needed")
WHERE p."erased_at" IS NULL AND x."needed";
