-- Mail sent to a list (a newsletter) names where to unsubscribe in its List-Unsubscribe header, with RFC 8058's
-- one-click POST; the address carries a signed token and is masked like every other link's secret once the mail is sent.
alter table outgoing_mail add column list_unsubscribe varchar(1000);
