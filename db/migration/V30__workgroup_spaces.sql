-- Working-group spaces: a group proposed by the steering committee (or created by the secretariat), its members and
-- leads, invitations and join requests, discussions (threads of posts with their edit history), an activity feed, and
-- the marker that makes the daily digest go out once per person and day.
create table work_group (
    id             bigint generated always as identity primary key,
    slug           varchar(80)   not null unique,
    name           varchar(120)  not null,
    purpose        varchar(4000) not null,
    network        varchar(10)   not null references network (code),
    terms          varchar(8000) not null default '',
    deliverables   varchar(4000) not null default '',
    ends_on        date,
    visibility     varchar(10)   not null check (visibility in ('PUBLIC', 'NETWORK', 'PRIVATE')),
    join_policy    varchar(12)   not null check (join_policy in ('OPEN', 'REQUEST', 'INVITATION')),
    status         varchar(10)   not null check (status in ('PROPOSED', 'ACTIVE', 'ARCHIVED', 'DECLINED')),
    proposed_by    bigint        not null references account (id),
    decided_by     bigint        references account (id),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index work_group_status_idx on work_group (status, name);

create table work_group_member (
    id          bigint generated always as identity primary key,
    group_id    bigint      not null references work_group (id),
    account_id  bigint      not null references account (id),
    role        varchar(10) not null check (role in ('LEAD', 'MEMBER')),
    notify      varchar(12) not null default 'DIGEST' check (notify in ('EVERY_POST', 'DIGEST', 'NONE')),
    joined_at   timestamptz not null,
    version     bigint      not null default 0,
    constraint work_group_member_uq unique (group_id, account_id)
);
create index work_group_member_account_idx on work_group_member (account_id);

-- Only the hash of an invitation's secret is kept; the link in the mail carries the secret.
create table work_group_invitation (
    id           bigint generated always as identity primary key,
    group_id     bigint       not null references work_group (id),
    email        varchar(254) not null,
    token_hash   varchar(64)  not null unique,
    invited_by   bigint       not null references account (id),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    accepted_by  bigint       references account (id),
    version      bigint       not null default 0
);

create table work_group_join_request (
    id          bigint generated always as identity primary key,
    group_id    bigint        not null references work_group (id),
    account_id  bigint        not null references account (id),
    message     varchar(1000) not null default '',
    status      varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
    created_at  timestamptz   not null,
    decided_by  bigint        references account (id),
    decided_at  timestamptz,
    version     bigint        not null default 0
);
create unique index work_group_join_request_pending_uq on work_group_join_request (group_id, account_id)
    where status = 'PENDING';

create table work_group_thread (
    id            bigint generated always as identity primary key,
    group_id      bigint       not null references work_group (id),
    title         varchar(200) not null,
    author_id     bigint       not null references account (id),
    pinned        boolean      not null default false,
    created_at    timestamptz  not null,
    last_post_at  timestamptz  not null,
    deleted_at    timestamptz,
    version       bigint       not null default 0
);
create index work_group_thread_group_idx on work_group_thread (group_id, pinned, last_post_at);

-- The first post of a thread is its opening message; bodies are cleaned Markdown (RichText).
create table work_group_post (
    id          bigint generated always as identity primary key,
    thread_id   bigint        not null references work_group_thread (id),
    group_id    bigint        not null references work_group (id),
    author_id   bigint        not null references account (id),
    body        varchar(20000) not null,
    created_at  timestamptz   not null,
    edited_at   timestamptz,
    deleted_at  timestamptz,
    deleted_by  bigint        references account (id),
    version     bigint        not null default 0
);
create index work_group_post_thread_idx on work_group_post (thread_id, created_at);
create index work_group_post_group_idx on work_group_post (group_id, created_at);

-- Each edit keeps the text it replaced.
create table work_group_post_edit (
    id          bigint generated always as identity primary key,
    post_id     bigint         not null references work_group_post (id),
    body        varchar(20000) not null,
    edited_by   bigint         not null references account (id),
    edited_at   timestamptz    not null
);
create index work_group_post_edit_post_idx on work_group_post_edit (post_id, edited_at);

create table work_group_activity (
    id          bigint generated always as identity primary key,
    group_id    bigint       not null references work_group (id),
    actor_id    bigint       references account (id),
    kind        varchar(30)  not null,
    subject     varchar(200) not null default '',
    thread_id   bigint       references work_group_thread (id),
    created_at  timestamptz  not null
);
create index work_group_activity_group_idx on work_group_activity (group_id, created_at desc);

-- One row per person and day once their digest is queued: the unique key makes a second sending impossible, even
-- after a restart or on a second instance.
create table work_group_digest_sent (
    account_id  bigint      not null references account (id),
    day         date        not null,
    sent_at     timestamptz not null,
    primary key (account_id, day)
);
