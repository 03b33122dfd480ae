-- Newsletters are a consent of each network membership, like the directory and contact consents: a person may want one
-- network's newsletter and not the other's. New and existing memberships are subscribed (docs/adr/0027-newsletters.md);
-- /account and the one-click link in every newsletter turn it off.
alter table network_membership add column newsletters boolean not null default true;
