-- Every outgoing message gets its Message-ID when it is queued, and every attempt to send it uses the same one: a copy
-- sent again after a crash (the sender died after the SMTP server accepted it, before the row was marked sent) is then
-- recognisable as the same message by mail clients and by whoever counts. The portal writes "<uuid@sender's domain>";
-- the default covers rows written by other means and the rows queued before this migration.
alter table outgoing_mail add column message_id varchar(250);
update outgoing_mail set message_id = '<' || gen_random_uuid() || '@outbox.invalid>' where message_id is null;
alter table outgoing_mail alter column message_id set default ('<' || gen_random_uuid() || '@outbox.invalid>');
alter table outgoing_mail alter column message_id set not null;
create unique index outgoing_mail_message_id_idx on outgoing_mail (message_id);
