-- Instrument versions. A tenant's key has versions 1..n; built-in instruments arrive in a later migration.
create table instrument (
    id              uuid primary key,
    tenant_id       varchar(100) not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    instrument_key  varchar(63)  not null,
    version_number  integer      not null check (version_number >= 1),
    status          varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    default_locale  varchar(16)  not null,
    title           jsonb        not null,
    description     jsonb,
    constraint instrument_key_version_unique unique (tenant_id, instrument_key, version_number)
);

create index instrument_tenant_id on instrument (tenant_id, id);
