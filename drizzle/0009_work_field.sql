-- A person's field of work was called "domain", a word the code also uses for its rules layer.
ALTER TYPE "public"."domain" RENAME TO "work_field";--> statement-breakpoint
ALTER TABLE "person" RENAME COLUMN "domain" TO "work_field";
