-- Issue 18: the committee chair, a role per call: one member of the network's steering committee, named by the
-- secretariat, who reads every application's reviews once they are in and writes a meta-review of each.
create table call_committee_chair (
    call_id      bigint       primary key references open_call (id) on delete cascade,
    chair_id     bigint       not null references account (id),
    assigned_by  bigint       not null references account (id),
    assigned_at  timestamptz  not null,
    version      bigint       not null default 0
);
