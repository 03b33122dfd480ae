-- The portal role GROUP_LEAD now follows leading an active working group: take it back from everyone who holds it
-- without leading one (it used to be kept forever once granted).
delete from account_role r
where r.role = 'GROUP_LEAD'
  and not exists (
    select 1 from work_group_member m join work_group g on g.id = m.group_id
    where m.account_id = r.account_id and m.role = 'LEAD' and g.status = 'ACTIVE');
