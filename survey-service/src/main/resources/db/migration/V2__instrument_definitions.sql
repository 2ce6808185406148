-- The questions and scoring of each instrument version, and when it was published or retired.
alter table instrument add column definition jsonb not null default '{"items": [], "scales": [], "indices": []}';
alter table instrument add column published_at timestamptz;
alter table instrument add column retired_at timestamptz;

-- At most one draft per key, so that "the next version" is never ambiguous.
create unique index instrument_one_draft_per_key on instrument (tenant_id, instrument_key) where status = 'DRAFT';

-- Built-in instruments, shared read-only by every tenant; rows arrive by migration only.
create table builtin_instrument (
    id              uuid primary key,
    instrument_key  varchar(63)  not null,
    version_number  integer      not null check (version_number >= 1),
    status          varchar(16)  not null check (status in ('PUBLISHED', 'RETIRED')),
    default_locale  varchar(16)  not null,
    title           jsonb        not null,
    description     jsonb,
    definition      jsonb        not null,
    created_at      timestamptz  not null,
    published_at    timestamptz  not null,
    retired_at      timestamptz,
    constraint builtin_instrument_key_version_unique unique (instrument_key, version_number)
);
