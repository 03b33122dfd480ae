-- Issue 18: national clearance. A case study naming a country with a clearance focal point waits, after moderation,
-- for that country's clearance before it is published (ADR 0032). The new status is longer than the columns allowed.
alter table case_study alter column status type varchar(20);
alter table case_study drop constraint case_study_status_check;
alter table case_study add constraint case_study_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'RETURNED', 'AWAITING_CLEARANCE', 'PUBLISHED', 'RETRACTED', 'REJECTED'));
alter table case_study_revision alter column status type varchar(20);
alter table case_study_revision drop constraint case_study_revision_status_check;
alter table case_study_revision add constraint case_study_revision_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'RETURNED', 'AWAITING_CLEARANCE', 'PUBLISHED', 'SUPERSEDED', 'REJECTED', 'WITHDRAWN'));

-- The people the secretariat names to clear case studies for a Member State (ISO 3166 alpha-2 code).
create table clearance_focal_point (
    account_id bigint      not null references account (id),
    country    varchar(2)  not null,
    named_at   timestamptz not null,
    primary key (account_id, country)
);
create index clearance_focal_point_country on clearance_focal_point (country);

-- One country's clearance of one revision; a revision sent back and resubmitted is cleared again in new rows.
create table case_study_clearance (
    id            bigint generated always as identity primary key,
    case_study_id bigint        not null references case_study (id),
    revision_id   bigint        not null references case_study_revision (id),
    country       varchar(2)    not null,
    status        varchar(20)   not null
        check (status in ('PENDING', 'CLEARED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    requested_at  timestamptz   not null,
    decided_by    bigint references account (id),
    decided_at    timestamptz,
    -- 4000 = Clearance.COMMENT_MAX
    comment       varchar(4000),
    alerted_at    timestamptz,
    version       bigint        not null default 0
);
create unique index case_study_clearance_open on case_study_clearance (revision_id, country) where status = 'PENDING';
create index case_study_clearance_pending on case_study_clearance (country, requested_at) where status = 'PENDING';
create index case_study_clearance_case_study on case_study_clearance (case_study_id);
