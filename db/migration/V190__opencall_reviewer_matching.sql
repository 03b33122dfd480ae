-- Expertise matching (ADR 0033): the topics an applicant gives their application, from the portal's expertise
-- vocabulary, and the steering-committee members they suggest as reviewers or ask to be kept away from it (with a
-- reason only the secretariat reads). One row per application carries the version that guards concurrent edits.
create table call_application_matching (
    application_id  bigint       primary key references call_application (id),
    topics          text[]       not null default '{}',
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table call_application_reviewer_preference (
    application_id  bigint        not null references call_application_matching (application_id) on delete cascade,
    person_id       bigint        not null references account (id),
    excluded        boolean       not null,
    reason          varchar(1000),
    primary key (application_id, person_id),
    constraint call_application_reviewer_preference_reason check (excluded = (reason is not null))
);
create index call_application_reviewer_preference_person_idx on call_application_reviewer_preference (person_id);
