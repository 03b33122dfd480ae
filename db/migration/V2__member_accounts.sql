-- Accounts: the e-mail address is the username; roles are held per account (network roles come with profiles).
create table account (
    id                 bigint generated always as identity primary key,
    email              varchar(254) not null,
    display_name       varchar(120) not null,
    password_hash      varchar(255) not null,
    status             varchar(20)  not null check (status in ('PENDING', 'ACTIVE', 'SUSPENDED')),
    preferred_language varchar(5),
    time_zone          varchar(64),
    created_at         timestamptz  not null,
    confirmed_at       timestamptz,
    password_changed_at timestamptz,
    version            bigint       not null default 0
);
create unique index account_email_uq on account (lower(email));

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(40) not null check (role in
        ('APPLICANT', 'MEMBER', 'GROUP_LEAD', 'STEERING_COMMITTEE', 'SECRETARIAT', 'ADMIN')),
    primary key (account_id, role)
);

-- Single-use, expiring tokens for e-mail confirmation and password reset. Only a hash of the token is stored.
create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     varchar(20) not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_account_idx on account_token (account_id, purpose);
