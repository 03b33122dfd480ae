-- Sign-in throttling and rate limits live in the database, so that every node of the portal sees the same counts
-- and an attacker gains nothing by switching nodes (docs/adr/0011-throttling-in-the-database.md).

-- One row per throttled key ("account:<normalised address>" or "address:<client address>"): the attempts counted
-- since the key was last forgotten and the time of the last one. An attempt is reserved here before any password
-- is checked.
create table login_throttle (
    throttle_key  text primary key check (length(throttle_key) <= 400),
    attempts      integer not null check (attempts >= 0),
    last_attempt  timestamptz not null
);
create index login_throttle_last_attempt on login_throttle (last_attempt);

-- Fixed-window counters for actions that send mail or cost work (registration, reset links, invitations...).
create table rate_limit (
    limit_key     text primary key check (length(limit_key) <= 400),
    window_start  timestamptz not null,
    used          integer not null check (used >= 0)
);
create index rate_limit_window_start on rate_limit (window_start);
