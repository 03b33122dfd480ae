-- ShedLock's table (docs/adr/0013-jobs-on-several-nodes.md): one row per scheduled job that must run on one node at a
-- time. A node runs the job only while it holds the row (lock_until in the future); a node that dies holds it at most
-- until lock_until. Times are the database's own clock in UTC (ShedLock's usingDbTime), so the nodes' clocks may
-- disagree: that is why these two columns are timestamps without a time zone, as ShedLock's PostgreSQL statements
-- expect.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
