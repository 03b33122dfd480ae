-- The mail outbox: written in the same transaction as the change that causes the message, sent in the background.
create table outgoing_mail (
    id              bigint generated always as identity primary key,
    recipient       varchar(254)  not null,
    language        varchar(5)    not null,
    template        varchar(60)   not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    status          varchar(20)   not null check (status in ('QUEUED', 'SENT', 'FAILED', 'CANCELLED')),
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz
);
create index outgoing_mail_due_idx on outgoing_mail (next_attempt_at) where status = 'QUEUED';
create index outgoing_mail_created_idx on outgoing_mail (created_at desc);
create index outgoing_mail_recipient_idx on outgoing_mail (lower(recipient));
