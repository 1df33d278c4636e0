CREATE TABLE "local_scheme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"needs" text[] NOT NULL,
	"age_from" integer,
	"age_to" integer,
	"applicants" text[] NOT NULL,
	"income_limit_percent" integer,
	"conditions" text,
	"how_to_apply" text NOT NULL,
	"link" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_scheme_ages" CHECK (("local_scheme"."age_from" is null) = ("local_scheme"."age_to" is null) and ("local_scheme"."age_from" is null or "local_scheme"."age_from" <= "local_scheme"."age_to"))
);
--> statement-breakpoint
ALTER TABLE "local_scheme" ADD CONSTRAINT "local_scheme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_scheme" ADD CONSTRAINT "local_scheme_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "local_scheme_org_idx" ON "local_scheme" USING btree ("organisation_id");