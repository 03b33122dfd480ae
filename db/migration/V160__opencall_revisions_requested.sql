-- Issue 18: "revisions required" sends a submitted application back to its applicant with the committee's requests
-- and a resubmission deadline. The status name is longer than the column allowed.
alter table call_application alter column status type varchar(20);
alter table call_application drop constraint call_application_status_check;
alter table call_application add constraint call_application_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INELIGIBLE', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'REVISIONS_REQUESTED'));
-- 4000 = CallApplication.REQUESTS_MAX
alter table call_application add column revision_requests varchar(4000);
alter table call_application add column revision_due_at timestamptz;
