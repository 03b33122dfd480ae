-- Newsletters of the secretariat: texts per language (English required), an audience over the networks' members, and a
-- state machine DRAFT -> SCHEDULED -> SENDING -> SENT (docs/adr/0027-newsletters.md).
create table newsletter (
    id            bigint generated always as identity primary key,
    status        varchar(10)  not null check (status in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT')),
    networks      text[]       not null default '{}',
    roles         text[]       not null default '{}',
    regions       text[]       not null default '{}',
    countries     text[]       not null default '{}',
    expertise     text[]       not null default '{}',
    languages     text[]       not null default '{}',
    scheduled_at  timestamptz,
    sent_at       timestamptz,
    recipients    integer      not null default 0,
    created_by    bigint       references account (id) on delete set null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index newsletter_due_idx on newsletter (scheduled_at) where status in ('SCHEDULED', 'SENDING');
create index newsletter_sent_idx on newsletter (sent_at desc) where status = 'SENT';

create table newsletter_text (
    newsletter_id bigint        not null references newsletter (id) on delete cascade,
    language      varchar(5)    not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
    subject       varchar(200)  not null,
    body          varchar(20000) not null,
    primary key (newsletter_id, language)
);

-- One row per newsletter and person, written in the transaction that queues the person's mail: the primary key makes a
-- second mail impossible after a restart or on a second node.
create table newsletter_delivery (
    newsletter_id bigint      not null references newsletter (id) on delete cascade,
    account_id    bigint      not null,
    network       varchar(10) not null,
    language      varchar(5)  not null,
    queued_at     timestamptz not null,
    primary key (newsletter_id, account_id)
);

-- The key unsubscribe tokens are signed with when no EXCHANGE_NEWSLETTER_SECRET is set: made once, shared by every node,
-- kept across restarts, so links in mail already sent keep working.
create table newsletter_secret (
    id     integer     primary key check (id = 1),
    secret varchar(88) not null
);
