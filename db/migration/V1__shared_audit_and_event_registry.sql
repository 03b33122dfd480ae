-- The append-only audit log: who did what, when, to what, with which outcome.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(320) not null,
    action       varchar(100) not null,
    target_type  varchar(60),
    target_id    varchar(100),
    outcome      varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    details      varchar(2000)
);
create index audit_event_occurred_at_idx on audit_event (occurred_at desc);
create index audit_event_target_idx on audit_event (target_type, target_id);

-- Append-only is enforced by the database, not only by the code.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Spring Modulith's event publication registry (JPA): events between modules survive a crash.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
