-- The text of a group document's version, extracted when it is uploaded (PDF as for case-study attachments, DOCX), for
-- search: the latest version's text is indexed with its document. Null when no text could be taken from the file.
alter table work_group_document_version add column extracted_text text;
