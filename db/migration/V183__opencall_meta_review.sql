-- Issue 18: the committee chair's meta-review of an application's current round: a text and a recommendation, edited
-- under optimistic locking (two people at once never lose each other's text).
create table call_meta_review (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null references call_application (id) on delete cascade,
    round           integer       not null check (round >= 1),
    chair_id        bigint        not null references account (id),
    -- 8000 = CommitteeReview.META_REVIEW_MAX
    text            varchar(8000) not null,
    recommendation  varchar(20)   not null check (recommendation in ('ACCEPT', 'DECLINE', 'WAITLIST', 'REVISE')),
    written_at      timestamptz   not null,
    version         bigint        not null default 0,
    unique (application_id, round)
);
