-- Invitations to a network with a role: single-use, expiring, usable only by the invited address.
create table invitation (
    id           bigint generated always as identity primary key,
    email        varchar(254) not null,
    network      varchar(10)  not null references network (code),
    role         varchar(30)  not null check (role in ('MEMBER', 'STEERING_COMMITTEE', 'SECRETARIAT')),
    token_hash   varchar(64)  not null unique,
    invited_by   bigint       not null references account (id),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    accepted_by  bigint       references account (id)
);
create index invitation_email_idx on invitation (lower(email));

-- Notes of the secretariat about a person: never shown to other members; part of the person's own data download.
create table staff_note (
    id          bigint generated always as identity primary key,
    account_id  bigint        not null references account (id) on delete cascade,
    author      varchar(320)  not null,
    text        varchar(2000) not null,
    created_at  timestamptz   not null
);
create index staff_note_account_idx on staff_note (account_id, created_at desc);
