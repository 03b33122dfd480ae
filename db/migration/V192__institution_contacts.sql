-- What a new member institution reported in its follow-up form (ADR 0034): its representatives and focal points, one
-- per line, and whether it consents to their being listed on its public page. Without consent they stay with the
-- secretariat.
alter table institution
    add column representatives  varchar(4000),
    add column focal_points     varchar(4000),
    add column contacts_listed  boolean      not null default false,
    add column contacts_at      timestamptz;
