-- Per-person upload quotas sum what each person has uploaded; these keep that sum an index scan.
create index case_study_attachment_uploaded_by on case_study_attachment (uploaded_by);
create index work_group_document_version_uploaded_by on work_group_document_version (uploaded_by);
