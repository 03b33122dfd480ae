-- When a published case study was retracted: the datestamp of its "deleted" record for harvesters (OAI-PMH, ADR 0020).
-- Case studies retracted before this column existed get the time they were last published, the latest time known.
alter table case_study add column retracted_at timestamptz;
update case_study set retracted_at = coalesce(published_at, created_at) where status = 'RETRACTED';

-- Harvesting reads what was ever public ordered by its datestamp, then id.
create index case_study_harvest on case_study
    ((case when status = 'PUBLISHED' then published_at else retracted_at end), id)
    where status in ('PUBLISHED', 'RETRACTED');
