-- An address typed as blanks is no address; several of them would otherwise collide below.
UPDATE "person" SET "email" = NULL WHERE btrim("email") = '';--> statement-breakpoint
-- Existing duplicates (same organisation, same address in any case) would stop the unique index:
-- the oldest person keeps the address, the later ones lose only this repeated copy of it.
UPDATE "person" AS p SET "email" = NULL
FROM (
	SELECT "id", row_number() OVER (PARTITION BY "organisation_id", lower("email") ORDER BY "created_at", "id") AS n
	FROM "person" WHERE "email" IS NOT NULL
) AS ranked
WHERE p."id" = ranked."id" AND ranked.n > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "person_org_email_idx" ON "person" USING btree ("organisation_id",lower("email")) WHERE "person"."email" is not null;
