-- The secretariat's moderation queue: content waiting for review, and flags raised by members on published content.
-- Content modules plug in by type; the queue knows their items by id only.
create table moderation_item (
    id               bigint generated always as identity primary key,
    kind             varchar(10)  not null check (kind in ('REVIEW', 'FLAG')),
    content_type     varchar(40)  not null,
    content_id       bigint       not null,
    revision_id      bigint,
    title            varchar(300) not null,
    network          varchar(10),
    language         varchar(5)   not null,
    author_id        bigint references account (id),
    raised_by        bigint references account (id),
    reason           varchar(2000),
    status           varchar(10)  not null check (status in ('OPEN', 'DECIDED', 'WITHDRAWN')),
    claimed_by       bigint references account (id),
    claimed_at       timestamptz,
    decision         varchar(10) check (decision in ('APPROVE', 'RETURN', 'REJECT', 'DISMISS', 'RETRACT')),
    decided_by       bigint references account (id),
    decided_at       timestamptz,
    decision_comment varchar(4000),
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index moderation_item_open on moderation_item (created_at) where status = 'OPEN';
create index moderation_item_content on moderation_item (content_type, content_id);
-- One review of a piece of content waits at a time; resubmitting replaces nothing silently.
create unique index moderation_item_one_open_review on moderation_item (content_type, content_id)
    where status = 'OPEN' and kind = 'REVIEW';
-- One open flag per person and item: flagging twice does not flood the queue.
create unique index moderation_item_one_open_flag on moderation_item (content_type, content_id, raised_by)
    where status = 'OPEN' and kind = 'FLAG';
