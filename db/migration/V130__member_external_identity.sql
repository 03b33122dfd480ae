-- Single sign-on (ADR 0023): which account an identity of an external provider signs in as. The pair (issuer, subject)
-- is the provider's stable name for the person; the address they had when the link was made is kept for the audit
-- trail only (later sign-ins use the link even when the address changes). Provider-neutral: a SAML relying party
-- (ADR 0024) would store its entity id and NameID here.
create table external_identity (
    id               bigint generated always as identity primary key,
    account_id       bigint        not null references account (id) on delete cascade,
    issuer           varchar(500)  not null,
    subject          varchar(255)  not null,
    email_at_link    varchar(254)  not null,
    linked_at        timestamptz   not null,
    last_sign_in_at  timestamptz   not null
);
create unique index external_identity_issuer_subject_uq on external_identity (issuer, subject);
create index external_identity_account_ix on external_identity (account_id);
