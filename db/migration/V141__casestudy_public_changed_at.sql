-- When what a published case study's public record shows changed without a new publication: a translation of its
-- family published or retracted (its relations), an author's displayed name (ADR 0020, amended 2026-12-07). The OAI-PMH
-- datestamp of a published case study is the later of this and its last publication.
alter table case_study add column public_changed_at timestamptz;

drop index case_study_harvest;
create index case_study_harvest on case_study
    ((case when status = 'PUBLISHED' then greatest(published_at, public_changed_at) else retracted_at end), id)
    where status in ('PUBLISHED', 'RETRACTED');
