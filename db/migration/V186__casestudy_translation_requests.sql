-- Issue 18: translation requests. Anyone signed in asks for a published case study in another of the six languages;
-- a member who declared that language takes the request and writes the translation; the people waiting for it (the
-- requester and whoever asked for the same language later) are told when it is published (ADR 0032).
create table translation_request (
    id             bigint generated always as identity primary key,
    case_study_id  bigint      not null references case_study (id),
    language       varchar(2)  not null,
    status         varchar(10) not null check (status in ('OPEN', 'TAKEN', 'PUBLISHED')),
    requested_by   bigint      not null references account (id),
    requested_at   timestamptz not null,
    taken_by       bigint references account (id),
    taken_at       timestamptz,
    translation_id bigint references case_study (id),
    published_at   timestamptz,
    version        bigint      not null default 0
);
-- One request per case study and language until it is published: a second asker joins the first request.
create unique index translation_request_open on translation_request (case_study_id, language)
    where status in ('OPEN', 'TAKEN');
create index translation_request_language on translation_request (language) where status = 'OPEN';

create table translation_request_watcher (
    request_id bigint      not null references translation_request (id),
    account_id bigint      not null references account (id),
    added_at   timestamptz not null,
    primary key (request_id, account_id)
);
create index translation_request_watcher_account on translation_request_watcher (account_id);
