-- What a personal access token may read through the API (ADR 0022, amended 2026-12-07). Tokens made before scopes
-- existed keep what they could do: every scope. New tokens name theirs.
alter table personal_access_token add column scopes text[] not null
    default array['read:library', 'read:events', 'read:calls', 'read:directory', 'read:search']::text[];
alter table personal_access_token alter column scopes drop default;
alter table personal_access_token add constraint personal_access_token_scopes_known check (cardinality(scopes) > 0
    and scopes <@ array['read:library', 'read:events', 'read:calls', 'read:directory', 'read:search']::text[]);
