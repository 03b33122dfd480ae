-- The outbox carries one optional attachment (an iCalendar invitation: text/calendar; method=REQUEST or CANCEL) and an
-- optional de-duplication key: a message with a key is queued at most once, even across restarts and instances.
alter table outgoing_mail add column attachment_name varchar(200);
alter table outgoing_mail add column attachment_type varchar(200);
alter table outgoing_mail add column attachment bytea;
alter table outgoing_mail add column dedup_key varchar(200);
create unique index outgoing_mail_dedup_uq on outgoing_mail (dedup_key);

-- A recurring series: its occurrences are ordinary webinars pointing at it, each editable on its own.
create table webinar_series (
    id          bigint generated always as identity primary key,
    frequency   varchar(10) not null check (frequency in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    created_by  bigint      references account (id),
    created_at  timestamptz not null
);

-- Webinars and virtual meetings. Times are instants; the organiser's zone is kept so that the event reads the way it
-- was planned and the invitation carries that zone.
create table webinar (
    id                    bigint generated always as identity primary key,
    uid                   varchar(120)  not null unique,
    series_id             bigint        references webinar_series (id),
    title                 varchar(200)  not null,
    description           text          not null default '',
    starts_at             timestamptz   not null,
    ends_at               timestamptz   not null,
    zone                  varchar(64)   not null,
    join_url              varchar(500)  not null,
    languages             text[]        not null default '{}',
    interpretation        text[]        not null default '{}',
    audience              varchar(10)   not null check (audience in ('PUBLIC', 'GKNHE', 'HIM')),
    capacity              integer       check (capacity is null or capacity > 0),
    registration_deadline timestamptz,
    materials             text          not null default '',
    recording_url         varchar(500),
    status                varchar(10)   not null check (status in ('SCHEDULED', 'CANCELLED')),
    sequence              integer       not null default 0,
    organiser_id          bigint        references account (id),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    check (ends_at > starts_at)
);
create index webinar_starts_idx on webinar (starts_at);
create index webinar_series_idx on webinar (series_id);

create table webinar_agenda_item (
    webinar_id bigint       not null references webinar (id) on delete cascade,
    position   integer      not null,
    at_time    time         not null,
    title      varchar(200) not null,
    primary key (webinar_id, position)
);

create table webinar_speaker (
    webinar_id bigint       not null references webinar (id) on delete cascade,
    position   integer      not null,
    account_id bigint       references account (id),
    name       varchar(120) not null,
    primary key (webinar_id, position)
);

-- A place (REGISTERED) or a place in the queue (WAITLISTED); one row per person and webinar, kept after cancelling.
create table webinar_registration (
    id            bigint generated always as identity primary key,
    webinar_id    bigint      not null references webinar (id) on delete cascade,
    account_id    bigint      not null references account (id) on delete cascade,
    status        varchar(12) not null check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
    registered_at timestamptz not null,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz,
    attended      boolean,
    version       bigint      not null default 0,
    unique (webinar_id, account_id)
);
create index webinar_registration_account_idx on webinar_registration (account_id, status);
create index webinar_registration_queue_idx on webinar_registration (webinar_id, status, registered_at);

-- The secret of a person's calendar feed (/calendar/{token}.ics); regenerating it replaces the row.
create table calendar_feed (
    account_id bigint      primary key references account (id) on delete cascade,
    token      varchar(64) not null unique,
    created_at timestamptz not null
);
