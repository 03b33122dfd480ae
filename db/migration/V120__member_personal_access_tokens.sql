-- Personal access tokens for the read API (ADR 0022): only the SHA-256 of the secret is kept, never the secret.
create table personal_access_token (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(80)  not null,
    secret_hash  char(64)     not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index personal_access_token_secret_uq on personal_access_token (secret_hash);
create index personal_access_token_account_ix on personal_access_token (account_id, created_at);
