-- The profile photo: a re-encoded JPEG stored under a generated name in the data directory.
alter table profile add column photo_path varchar(200);
alter table profile add column photo_visibility varchar(12) not null default 'MEMBERS'
    check (photo_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT'));
