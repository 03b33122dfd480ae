-- Mail that will not be sent again keeps no live secret: the links' tokens (confirmation, reset, invitation, import,
-- working-group invitation, meeting passcodes) and calendar feed addresses are masked, as MailSecrets does for new
-- mail once it is sent, has failed for good or was withdrawn. Waiting mail keeps them so the outbox can still send it.
update outgoing_mail set
    subject = regexp_replace(regexp_replace(subject,
        '([?&;](token|invitation|secret|key|code|pwd|passcode)=)[^&[:space:]<>"#]+', '\1••••', 'gi'),
        '(/calendar/)[A-Za-z0-9_-]+(\.ics)', '\1••••\2', 'g'),
    text_body = regexp_replace(regexp_replace(text_body,
        '([?&;](token|invitation|secret|key|code|pwd|passcode)=)[^&[:space:]<>"#]+', '\1••••', 'gi'),
        '(/calendar/)[A-Za-z0-9_-]+(\.ics)', '\1••••\2', 'g'),
    html_body = regexp_replace(regexp_replace(html_body,
        '([?&;](token|invitation|secret|key|code|pwd|passcode)=)[^&[:space:]<>"#]+', '\1••••', 'gi'),
        '(/calendar/)[A-Za-z0-9_-]+(\.ics)', '\1••••\2', 'g')
where status <> 'QUEUED';
