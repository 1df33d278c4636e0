-- Hand-written (issue #13): the social map's Dutch search. pg_trgm gives the typo fallback its
-- trigram index, unaccent lets "cafe" find "café". sd_dutch is PostgreSQL's Dutch configuration
-- with accents removed before stemming; the stored search column of map_service (next migration)
-- is made with it. On PGlite both extensions are passed when the database is opened (client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'sd_dutch') THEN
		CREATE TEXT SEARCH CONFIGURATION sd_dutch (COPY = dutch);
		ALTER TEXT SEARCH CONFIGURATION sd_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
	END IF;
	-- The same words unstemmed (accents removed): a search also tries each word as typed, as the
	-- stem of a short word is not always the start of its compounds ("huur" → "hur", "huurteam").
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'sd_simple') THEN
		CREATE TEXT SEARCH CONFIGURATION sd_simple (COPY = simple);
		ALTER TEXT SEARCH CONFIGURATION sd_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
	END IF;
END $$;
