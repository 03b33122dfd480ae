-- A file attached to a consultation contribution, checked by its content when uploaded (PDF, DOCX, PNG, JPEG), kept in
-- the file store's consultation-attachments area (docs/adr/0030-consultations.md).
create table consultation_attachment (
    id              bigint generated always as identity primary key,
    contribution_id bigint        not null references consultation_contribution (id) on delete cascade,
    stored_name     varchar(200)  not null,
    file_name       varchar(200)  not null,
    media_type      varchar(100)  not null,
    size_bytes      bigint        not null,
    uploaded_by     bigint        not null references account (id),
    uploaded_at     timestamptz   not null
);
create index consultation_attachment_contribution_idx on consultation_attachment (contribution_id);
