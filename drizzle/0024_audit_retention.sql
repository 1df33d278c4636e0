-- The audit log's own retention (issue #11 item 3): the one way an entry may go. The retention job
-- sets `sd.audit_kept_since` for its own transaction only (set_config(..., true)); a delete then
-- passes for entries older than that moment, and only when the moment itself is at least twelve
-- months ago, so no setting, mistaken or not, can shorten the log below a year. Updates and
-- truncation stay refused.
CREATE OR REPLACE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	kept_since timestamptz := nullif(current_setting('sd.audit_kept_since', true), '')::timestamptz;
BEGIN
	IF TG_OP = 'DELETE' AND kept_since IS NOT NULL
		AND kept_since <= clock_timestamp() - interval '12 months'
		AND OLD."occurred_at" < kept_since THEN
		RETURN OLD;
	END IF;
	RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
