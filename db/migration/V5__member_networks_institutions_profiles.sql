-- The two networks as data.
create table network (
    code                varchar(10)  primary key check (code in ('GKNHE', 'HIM')),
    contact_email       varchar(254) not null,
    terms_pdf_path      varchar(300),
    version             bigint       not null default 0
);
insert into network (code, contact_email) values
    ('GKNHE', 'gknhe-secretariat@example.org'),
    ('HIM', 'him-secretariat@example.org');

-- Institutions: ministries, statistics offices, agencies, universities, civil society.
create table institution (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    type        varchar(30)  not null check (type in ('MINISTRY', 'STATISTICS_OFFICE', 'PUBLIC_HEALTH_AGENCY',
                    'UNIVERSITY', 'RESEARCH_INSTITUTE', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'OTHER')),
    country     varchar(2)      not null references country (iso2),
    website     varchar(300),
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index institution_name_country_uq on institution (lower(name), country);

-- An institution that is itself a member of a network (HIM members are institutions).
create table institution_network (
    institution_id bigint      not null references institution (id) on delete cascade,
    network        varchar(10) not null references network (code),
    since          date        not null,
    primary key (institution_id, network)
);

-- A person's membership of a network, with its own role and consents; one account may be in both networks.
create table network_membership (
    account_id          bigint      not null references account (id) on delete cascade,
    network             varchar(10) not null references network (code),
    role                varchar(30) not null check (role in ('MEMBER', 'STEERING_COMMITTEE', 'SECRETARIAT')),
    consent_directory   boolean     not null default false,
    consent_contact     boolean     not null default false,
    joined_at           timestamptz not null,
    primary key (account_id, network)
);
create index network_membership_network_idx on network_membership (network);

-- The profile: each field carries who may see it. Nothing is in the directory until the person opts in.
create table profile (
    account_id              bigint        primary key references account (id) on delete cascade,
    title                   varchar(120),
    institution_id          bigint        references institution (id),
    country                 varchar(2)       references country (iso2),
    biography               varchar(2000),
    in_directory            boolean       not null default false,
    title_visibility        varchar(12)   not null default 'MEMBERS',
    institution_visibility  varchar(12)   not null default 'MEMBERS',
    country_visibility      varchar(12)   not null default 'MEMBERS',
    languages_visibility    varchar(12)   not null default 'MEMBERS',
    expertise_visibility    varchar(12)   not null default 'MEMBERS',
    biography_visibility    varchar(12)   not null default 'MEMBERS',
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint profile_visibility_values check (
        title_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT')
        and institution_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT')
        and country_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT')
        and languages_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT')
        and expertise_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT')
        and biography_visibility in ('PUBLIC', 'MEMBERS', 'SECRETARIAT'))
);
create index profile_directory_idx on profile (in_directory) where in_directory;
create index profile_institution_idx on profile (institution_id);
create index profile_country_idx on profile (country);

create table profile_language (
    account_id bigint     not null references profile (account_id) on delete cascade,
    language   varchar(5) not null check (language in ('en', 'fr', 'es', 'ar', 'zh', 'ru')),
    primary key (account_id, language)
);

-- Areas of expertise from a controlled vocabulary: THEME:x, DIMENSION:x or SDG:n.
create table profile_expertise (
    account_id bigint      not null references profile (account_id) on delete cascade,
    code       varchar(40) not null,
    primary key (account_id, code)
);
create index profile_expertise_code_idx on profile_expertise (code);
