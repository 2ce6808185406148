-- Mentoring programmes. Later migrations add participants, matching runs and relationships.
create table programme (
    id                       uuid primary key,
    tenant_id                varchar(100)  not null,
    version                  bigint        not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    name                     varchar(200)  not null,
    description              varchar(2000),
    type                     varchar(16)   not null check (type in ('CLASSIC', 'REVERSE', 'PEER')),
    status                   varchar(16)   not null check (status in ('DRAFT', 'ENROLLING', 'MATCHING', 'RUNNING', 'CLOSED')),
    starts_on                date          not null,
    ends_on                  date          not null,
    default_mentor_capacity  integer       not null check (default_mentor_capacity between 1 and 20),
    constraint programme_dates check (ends_on >= starts_on)
);

create index programme_tenant_id on programme (tenant_id, id);
