-- One CDR per session (credits aside): billing of the same session delivered twice at once (live hand-over
-- and catch-up, or two application instances) cannot issue two CDRs; the second insert fails and the
-- loser returns the winner's CDR. Idempotency no longer depends on a single billing thread.
CREATE UNIQUE INDEX cdrs_one_per_session ON billing.cdrs (session_id) WHERE credit_reference_id IS NULL;
