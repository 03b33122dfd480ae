-- Consultations run by the secretariat, network-wide, in a working group or among invited people, open between two
-- server-enforced times; contributions per sub-question, weekly summaries, theme tags and a synthesis that is published
-- to the case-study library (docs/adr/0030-consultations.md).
create table consultation (
    id                 bigint generated always as identity primary key,
    title              varchar(200)   not null,
    question           varchar(2000)  not null,
    background         varchar(20000) not null default '',
    scope              varchar(10)    not null check (scope in ('NETWORK', 'GROUP', 'INVITED')),
    network            varchar(10)    check (network in ('GKNHE', 'HIM')),
    group_id           bigint,
    anonymous          boolean        not null default false,
    status             varchar(10)    not null check (status in ('DRAFT', 'PUBLISHED')),
    opens_at           timestamptz    not null,
    closes_at          timestamptz    not null,
    closing_notice_at  timestamptz,
    created_by         bigint         references account (id) on delete set null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null default 0,
    -- Equal when the secretariat closed it at the moment it opened.
    check (closes_at >= opens_at),
    check ((scope = 'NETWORK') = (network is not null)),
    check ((scope = 'GROUP') = (group_id is not null))
);
create index consultation_closing_idx on consultation (closes_at) where status = 'PUBLISHED';

-- Optional sub-questions, in the order the secretariat wrote them.
create table consultation_sub_question (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    position        integer       not null,
    text            varchar(500)  not null,
    unique (consultation_id, position)
);

-- The people invited to an INVITED consultation.
create table consultation_invitee (
    consultation_id bigint not null references consultation (id) on delete cascade,
    account_id      bigint not null references account (id) on delete cascade,
    primary key (consultation_id, account_id)
);

-- Contributions and replies (a reply names the contribution it answers), per sub-question or on the main question.
create table consultation_contribution (
    id              bigint generated always as identity primary key,
    consultation_id bigint         not null references consultation (id) on delete cascade,
    sub_question_id bigint         references consultation_sub_question (id) on delete set null,
    reply_to        bigint         references consultation_contribution (id),
    author_id       bigint         not null references account (id),
    body            varchar(10000) not null,
    created_at      timestamptz    not null
);
create index consultation_contribution_idx on consultation_contribution (consultation_id, created_at, id);

-- Themes the moderators tagged a contribution with (the case-study themes).
create table consultation_contribution_theme (
    contribution_id bigint      not null references consultation_contribution (id) on delete cascade,
    theme           varchar(40) not null,
    primary key (contribution_id, theme)
);

-- Weekly summaries pinned by a moderator.
create table consultation_summary (
    id              bigint generated always as identity primary key,
    consultation_id bigint         not null references consultation (id) on delete cascade,
    body            varchar(20000) not null,
    written_by      bigint         references account (id) on delete set null,
    pinned_at       timestamptz    not null
);

-- The synthesis written at the close, with the contributions it draws on and the case study it was published as.
create table consultation_synthesis (
    consultation_id bigint primary key references consultation (id) on delete cascade,
    body            varchar(40000) not null,
    written_by      bigint         references account (id) on delete set null,
    written_at      timestamptz    not null,
    case_study_id   bigint,
    published_at    timestamptz,
    version         bigint         not null default 0
);

create table consultation_synthesis_source (
    consultation_id bigint not null references consultation_synthesis (consultation_id) on delete cascade,
    contribution_id bigint not null references consultation_contribution (id) on delete cascade,
    primary key (consultation_id, contribution_id)
);
