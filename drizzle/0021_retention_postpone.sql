ALTER TABLE "series" ADD COLUMN "retention_extra_months" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "retention_version" integer DEFAULT 1 NOT NULL;