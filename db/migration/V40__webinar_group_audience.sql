-- A webinar or meeting for one working group: the group is named by id only (no foreign key into the workgroup
-- module's tables); its members, the secretariat and administrators see it.
alter table webinar drop constraint if exists webinar_audience_check;
alter table webinar add column group_id bigint;
alter table webinar add constraint webinar_audience_check
    check (audience in ('PUBLIC', 'GKNHE', 'HIM', 'GROUP'));
alter table webinar add constraint webinar_group_audience_check
    check ((audience = 'GROUP') = (group_id is not null));
create index webinar_group_idx on webinar (group_id, starts_at) where group_id is not null;
