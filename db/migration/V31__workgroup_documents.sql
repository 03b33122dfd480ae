-- A group's documents: each upload of the same document is a new numbered version; earlier versions stay
-- downloadable. Files live under data-dir/workgroups with generated names; the name people gave is kept for download.
create table work_group_document (
    id          bigint generated always as identity primary key,
    group_id    bigint       not null references work_group (id),
    title       varchar(200) not null,
    folder      varchar(80)  not null default '',
    created_by  bigint       not null references account (id),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    deleted_at  timestamptz,
    version     bigint       not null default 0
);
create index work_group_document_group_idx on work_group_document (group_id, folder, title);

create table work_group_document_version (
    id           bigint generated always as identity primary key,
    document_id  bigint       not null references work_group_document (id),
    number       integer      not null,
    stored_name  varchar(100) not null,
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    uploaded_by  bigint       not null references account (id),
    uploaded_at  timestamptz  not null,
    constraint work_group_document_version_uq unique (document_id, number)
);
