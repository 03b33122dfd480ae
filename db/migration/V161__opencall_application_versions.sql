-- Issue 18: a revised application keeps each submitted version readable. call_application holds the current version's
-- number; each earlier version's submitted answers are kept here when the applicant resubmits.
alter table call_application add column answers_version integer not null default 1 check (answers_version >= 1);

create table call_application_version (
    id                 bigint generated always as identity primary key,
    application_id     bigint       not null references call_application (id) on delete cascade,
    number             integer      not null check (number >= 1),
    answers            jsonb        not null,
    submitted_at       timestamptz  not null,
    -- what the committee asked of this version (4000 = CallApplication.REQUESTS_MAX)
    revision_requests  varchar(4000),
    unique (application_id, number)
);
