-- The search change feed (docs/adr/0012-search-change-feed.md): every node keeps its own Lucene index and applies
-- these rows in order, re-reading each item from the database. A row is written in the transaction that changed the
-- item, under a transaction-scoped advisory lock, so rows become visible in the order of their sequence numbers.
create table search_change (
    seq         bigserial primary key,
    source      text not null check (length(source) between 1 and 100),
    item_id     bigint not null,
    operation   text not null check (operation in ('upsert', 'delete')),
    created_at  timestamptz not null default now()
);
create index search_change_created_at on search_change (created_at);

-- How far each node has applied the feed, and when it last said so (a node that stops saying so is not waited for
-- when old rows are pruned).
create table search_node_cursor (
    node_id     text primary key check (length(node_id) between 1 and 300),
    last_seq    bigint not null check (last_seq >= 0),
    updated_at  timestamptz not null
);

-- The feed's rows up to and including through_seq have been pruned: a node whose cursor is below it missed changes
-- and rebuilds its index from the database.
create table search_change_pruned (
    id           integer primary key check (id = 1),
    through_seq  bigint not null check (through_seq >= 0)
);
insert into search_change_pruned (id, through_seq) values (1, 0);
