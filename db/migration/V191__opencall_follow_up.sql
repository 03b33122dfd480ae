-- Follow-up forms (ADR 0034): after acceptance the secretariat asks the new member institution for its
-- representatives, focal points and consent to be listed. The form's questions are kept beside the call's definition
-- (the definition is frozen once the call opens; the follow-up form is written later, and frozen once first sent).
create table call_follow_up_form (
    call_id     bigint       primary key references open_call (id),
    questions   jsonb        not null default '[]',
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

-- One follow-up per accepted application: sent once with a due date, filled in by the applicant (autosaved under a
-- version check), then submitted and read-only.
create table call_follow_up (
    application_id  bigint       primary key references call_application (id),
    sent_by         bigint       not null references account (id),
    sent_at         timestamptz  not null,
    due_at          timestamptz  not null,
    answers         jsonb        not null default '{"values": {}}',
    updated_at      timestamptz  not null,
    submitted_at    timestamptz,
    version         bigint       not null default 0,
    constraint call_follow_up_due_after_sending check (due_at > sent_at)
);
create index call_follow_up_sent_by_idx on call_follow_up (sent_by);
