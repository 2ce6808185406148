-- Calls matching-service owes survey-service: each relationship's check-in waves as assignments
-- (one bulk call per relationship and wave) and the cancellation of open check-ins at closure. Written
-- in the relationship's own transaction, delivered later by a worker (CheckInDeliveryWorker) that
-- claims due rows with a lease, so a crash or a restart loses nothing and two replicas never send the
-- same row at once. Rows are never deleted once sent: they are the record of what was asked.
create table survey_delivery (
    id               uuid primary key,
    tenant_id        varchar(100)  not null,
    version          bigint        not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    relationship_id  uuid          not null references relationship (id),
    wave             varchar(32)   not null,
    action           varchar(16)   not null check (action in ('CREATE', 'CANCEL')),
    requests         jsonb,
    deliver_after    timestamptz   not null,
    status           varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    leased_until     timestamptz,
    delivered_at     timestamptz,
    outcome          varchar(1000),
    constraint survey_delivery_once unique (tenant_id, relationship_id, wave, action)
);
-- The worker's claim: pending rows by due time, across tenants.
create index survey_delivery_due on survey_delivery (next_attempt_at) where status = 'PENDING';
