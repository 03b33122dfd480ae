-- A deleted account keeps its row under a pseudonym, so what others depend on (authorship, reviews) stays attributed.
alter table account drop constraint account_status_check;
alter table account add constraint account_status_check check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'DELETED'));
alter table account add column deleted_at timestamptz;
