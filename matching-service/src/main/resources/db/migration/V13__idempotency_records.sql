-- Idempotency keys of creating requests (service-support's IdempotencyInterceptor): the first result of
-- each tenant's, caller's key, written in the transaction of the change it answers for. Rows older than
-- tandem.idempotency.retention (24 h) are ignored and dropped.
create table idempotency_record (
    tenant_id         varchar(100)  not null,
    caller_id         varchar(200)  not null,
    idempotency_key   varchar(200)  not null,
    fingerprint       char(64)      not null,
    status            smallint      not null,
    location          varchar(2000),
    etag              varchar(200),
    body              text          not null,
    created_at        timestamptz   not null default now(),
    primary key (tenant_id, caller_id, idempotency_key)
);
create index idempotency_record_age on idempotency_record (tenant_id, created_at);
