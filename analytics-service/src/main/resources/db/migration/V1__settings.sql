-- One row per tenant once it changes the defaults. The read model built from the feeds comes later.
create table analytics_settings (
    id                    uuid primary key,
    tenant_id             varchar(100) not null unique,
    version               bigint       not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    min_group_size        integer      not null check (min_group_size between 3 and 1000),
    confidence_level      numeric(4,3) not null check (confidence_level between 0.8 and 0.999),
    bootstrap_resamples   integer      not null check (bootstrap_resamples between 1000 and 100000),
    reporting_time_zone   varchar(64)  not null
);
