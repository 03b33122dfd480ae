-- The annual open call: a call per network and cycle, its applications and their reviews. The call's configurable
-- parts (eligibility criteria, form questions, review rubric, attachment rules) are one JSON document edited as a
-- whole with the call; answers and scores are JSON documents shaped by it. An application keeps the answers being
-- edited apart from the copy last submitted, which is what reviewers read.
create table open_call (
    id            bigint generated always as identity primary key,
    network       varchar(10)  not null references network (code),
    cycle         integer      not null check (cycle between 2000 and 2200),
    status        varchar(10)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED', 'ARCHIVED')),
    title         varchar(200) not null,
    description   text         not null default '',
    terms         text         not null default '',
    terms_pdf     varchar(300),
    time_zone     varchar(64)  not null,
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null,
    definition    jsonb        not null,
    cloned_from   bigint references open_call (id),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint open_call_dates check (closes_at > opens_at)
);
create unique index open_call_network_cycle_uq on open_call (network, cycle);
create index open_call_status_idx on open_call (status, closes_at);

create table call_application (
    id                 bigint generated always as identity primary key,
    call_id            bigint       not null references open_call (id),
    applicant_id       bigint       not null references account (id),
    status             varchar(12)  not null
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INELIGIBLE', 'ACCEPTED', 'DECLINED', 'WAITLISTED')),
    institution_name   varchar(200) not null,
    institution_type   varchar(30)  not null,
    country            varchar(2)   not null references country (iso2),
    region             varchar(4)   not null,
    declarations       text[]       not null default '{}',
    answers            jsonb        not null default '{"values":{}}',
    submitted_answers  jsonb,
    screening          varchar(10)  check (screening in ('ELIGIBLE', 'INELIGIBLE')),
    screening_reason   varchar(1000),
    decision_note      varchar(1000),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_at       timestamptz,
    withdrawn_at       timestamptz,
    decided_at         timestamptz,
    decided_by         bigint references account (id),
    version            bigint       not null default 0
);
-- One application per applicant and call: starting twice or submitting twice cannot make a second one.
create unique index call_application_applicant_uq on call_application (call_id, applicant_id);
create index call_application_call_idx on call_application (call_id, status);

-- Files answering a FILE question; stored under generated names in the data directory.
create table call_application_file (
    id              bigint generated always as identity primary key,
    application_id  bigint       not null references call_application (id),
    question        varchar(40)  not null,
    file_name       varchar(255) not null,
    media_type      varchar(100) not null,
    size_bytes      bigint       not null,
    storage_path    varchar(300) not null,
    uploaded_at     timestamptz  not null
);
create index call_application_file_idx on call_application_file (application_id);

create table call_review (
    id                  bigint generated always as identity primary key,
    application_id      bigint        not null references call_application (id),
    reviewer_id         bigint        not null references account (id),
    status              varchar(10)   not null check (status in ('ASSIGNED', 'SUBMITTED', 'CONFLICT')),
    scores              jsonb         not null default '{"values":{}}',
    conflict_reason     varchar(1000),
    override_reason     varchar(1000),
    assigned_by         bigint references account (id),
    assigned_at         timestamptz   not null,
    submitted_at        timestamptz,
    reminded_at         timestamptz,
    version             bigint        not null default 0
);
create unique index call_review_reviewer_uq on call_review (application_id, reviewer_id);
create index call_review_reviewer_idx on call_review (reviewer_id, status);
