-- Country case studies (UN SDG good-practice template) with every version kept. A case study points at its live
-- (published) revision and at the revision being worked on; the public only ever reads the live one.
create table case_study (
    id                    bigint generated always as identity primary key,
    network               varchar(10) not null,
    language              varchar(5)  not null,
    translation_of        bigint references case_study (id),
    owner_id              bigint references account (id),
    status                varchar(10) not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'RETRACTED', 'REJECTED')),
    published_revision_id bigint,
    working_revision_id   bigint,
    first_published_at    timestamptz,
    published_at          timestamptz,
    created_at            timestamptz not null,
    version               bigint      not null default 0
);
create index case_study_published on case_study (published_at desc) where status = 'PUBLISHED';
create index case_study_translation on case_study (translation_of);

create table case_study_author (
    case_study_id bigint  not null references case_study (id),
    account_id    bigint  not null references account (id),
    position      integer not null,
    primary key (case_study_id, account_id)
);
create index case_study_author_account on case_study_author (account_id);

create table case_study_revision (
    id               bigint generated always as identity primary key,
    case_study_id    bigint       not null references case_study (id),
    number           integer      not null,
    status           varchar(10)  not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'SUPERSEDED', 'REJECTED', 'WITHDRAWN')),
    language         varchar(5)   not null,
    network          varchar(10)  not null,
    title            varchar(200) not null,
    summary          text         not null default '',
    objectives       text         not null default '',
    context          text         not null default '',
    stakeholders     text         not null default '',
    implementation   text         not null default '',
    results          text         not null default '',
    enabling_factors text         not null default '',
    sustainability   text         not null default '',
    lessons_learned  text         not null default '',
    countries        text[]       not null default '{}',
    regions          text[]       not null default '{}',
    year_from        integer,
    year_to          integer,
    themes           text[]       not null default '{}',
    dimensions       text[]       not null default '{}',
    sdg_targets      text[]       not null default '{}',
    contacts         varchar(1000) not null default '',
    links            varchar(4000) not null default '',
    created_by       bigint references account (id),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    submitted_by     bigint references account (id),
    submitted_at     timestamptz,
    decided_at       timestamptz,
    decision_comment varchar(4000),
    -- Counts attachment changes, so that adding or removing a file is a change of the draft like any other.
    attachment_changes integer    not null default 0,
    version          bigint       not null default 0,
    unique (case_study_id, number)
);
create index case_study_revision_submitted on case_study_revision (submitted_by, submitted_at);
create index case_study_revision_countries on case_study_revision using gin (countries);
create index case_study_revision_themes on case_study_revision using gin (themes);

alter table case_study add constraint case_study_published_fk
    foreign key (published_revision_id) references case_study_revision (id);
alter table case_study add constraint case_study_working_fk
    foreign key (working_revision_id) references case_study_revision (id);

create table case_study_attachment (
    id            bigint generated always as identity primary key,
    case_study_id bigint       not null references case_study (id),
    stored_name   varchar(80)  not null unique,
    file_name     varchar(200) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    extracted_text text,
    uploaded_by   bigint references account (id),
    uploaded_at   timestamptz  not null
);

-- Which attachments each revision carries: a new revision starts with its predecessor's, so old versions keep theirs.
create table case_study_revision_attachment (
    revision_id   bigint not null references case_study_revision (id),
    attachment_id bigint not null references case_study_attachment (id),
    primary key (revision_id, attachment_id)
);
