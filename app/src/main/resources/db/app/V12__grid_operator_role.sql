-- Issue 16: the grid operator's role (§14a EnWG reductions) for users and API tokens.
ALTER TABLE app.users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE app.users ADD CONSTRAINT users_role_check CHECK (role IN ('ADMIN', 'OPERATOR', 'GRID_OPERATOR', 'VIEWER'));
ALTER TABLE app.api_tokens DROP CONSTRAINT IF EXISTS api_tokens_role_check;
ALTER TABLE app.api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('ADMIN', 'OPERATOR', 'GRID_OPERATOR', 'VIEWER'));
