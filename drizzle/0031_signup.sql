CREATE TABLE "signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"phone_key" text,
	"motivation" text,
	"locale" text NOT NULL,
	"consent_wording" text NOT NULL,
	"consent_given_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "signup_code" text;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "expenses" text;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "recruitment_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "signup" ADD CONSTRAINT "signup_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup" ADD CONSTRAINT "signup_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signup_series_idx" ON "signup" USING btree ("organisation_id","series_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signup_series_email_idx" ON "signup" USING btree ("series_id",lower("email")) WHERE "signup"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "signup_series_phone_idx" ON "signup" USING btree ("series_id","phone_key") WHERE "signup"."phone_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "series_signup_code_idx" ON "series" USING btree ("signup_code");