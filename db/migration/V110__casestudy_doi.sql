-- A case study's DOI, set by the secretariat only (not part of any revision: authors never edit it). Stored
-- normalised (lower case, no resolver prefix); the format rule is Doi.PATTERN's, the length CaseStudyLimits.DOI's.
alter table case_study add column doi varchar(200);
alter table case_study add constraint case_study_doi_format
    check (doi is null or doi ~ '^10\.[0-9]{4,9}/[^[:space:]]+$');
