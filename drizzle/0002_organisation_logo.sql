ALTER TABLE "organisation" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "logo_type" text;