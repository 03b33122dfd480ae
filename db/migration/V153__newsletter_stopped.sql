-- A newsletter being sent can be stopped (ADR 0027): STOPPED is final; sent_at then holds when it was stopped and
-- recipients how many people had their mail queued by then.
alter table newsletter drop constraint newsletter_status_check;
alter table newsletter add constraint newsletter_status_check
    check (status in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'STOPPED'));
