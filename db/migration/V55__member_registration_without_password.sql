-- Registration no longer takes a password: the person who opens the confirmation link chooses it. Until then an
-- account has no password at all, so whoever registered an address first can never sign in to it.
alter table account alter column password_hash drop not null;
update account set password_hash = null where status = 'PENDING';

-- Each confirmation link carries the name and language typed at the registration that sent it, so a second
-- registration of a pending address cannot rename the account its owner confirms.
alter table account_token add column display_name varchar(120);
alter table account_token add column language varchar(5);
