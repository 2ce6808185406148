-- A tenant's disclosure rules for matching-service's reports (the fairness report); one row once it
-- changes the default.
create table disclosure_settings (
    id               uuid primary key,
    tenant_id        varchar(100) not null unique,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    min_group_size   integer      not null check (min_group_size between 3 and 1000)
);
