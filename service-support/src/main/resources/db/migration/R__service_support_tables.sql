-- Tables every Tandem service has for service-support's shared features, kept here once. A repeatable
-- migration: Flyway runs it after the service's versioned migrations whenever this text changes, so
-- every statement is written to run again without harm (if not exists, or replace).

-- === Idempotency keys ===
-- Idempotency keys of creating requests (service-support's IdempotencyInterceptor): the first result of
-- each tenant's, caller's key, written in the transaction of the change it answers for. Rows older than
-- tandem.idempotency.retention (24 h) are ignored and dropped.
create table if not exists idempotency_record (
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
create index if not exists idempotency_record_age on idempotency_record (tenant_id, created_at);

-- === Audit trail ===
-- Audit trail (service-support's AuditInterceptor): one row per change made through the API and per
-- staff read of person-level data, written in the transaction of the change. Append-only: the trigger
-- refuses updates and deletes, except an erasure's pseudonymisation of the tenant it names in
-- tandem.erasure for its own transaction.
create table if not exists audit_event (
    id           uuid          primary key,
    tenant_id    varchar(100)  not null,
    occurred_at  timestamptz   not null default now(),
    actor        varchar(200)  not null,
    roles        varchar(200)  not null,
    method       varchar(10)   not null,
    operation    varchar(100)  not null,
    resource     varchar(2000) not null,
    status       smallint      not null,
    request_id   varchar(100)  not null
);
create index if not exists audit_event_tenant on audit_event (tenant_id, id);

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if current_setting('tandem.erasure', true) = old.tenant_id then
            return new;
        end if;
    end if;
    raise exception 'audit_event is append-only' using errcode = '42501';
end $$;
drop trigger if exists audit_event_append_only on audit_event;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
drop trigger if exists audit_event_no_truncate on audit_event;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- === Webhooks ===
-- Webhooks (service-support's webhook package). A subscription keeps its own position in the outbox
-- (after_xid, after_id), advanced in the transaction that queues the events it passed; each event it
-- asked for becomes one delivery row, sent oldest first (seq) per subscription.
create table if not exists webhook_subscription (
    id               uuid          primary key,
    tenant_id        varchar(100)  not null,
    created_at       timestamptz   not null default now(),
    created_by       varchar(200)  not null,
    url              varchar(2000) not null,
    description      varchar(200),
    event_types      varchar(63)[] not null,
    secret           varchar(100)  not null,
    status           varchar(16)   not null check (status in ('ACTIVE', 'DISABLED')),
    disabled_reason  varchar(300),
    disabled_at      timestamptz,
    after_xid        xid8          not null,
    after_id         bigint        not null
);
create index if not exists webhook_subscription_tenant on webhook_subscription (tenant_id, id);

create table if not exists webhook_delivery (
    id                uuid          primary key,
    seq               bigserial     not null,
    tenant_id         varchar(100)  not null,
    subscription_id   uuid          not null references webhook_subscription (id) on delete cascade,
    event_id          varchar(100)  not null,
    event_type        varchar(63)   not null,
    body              text          not null,
    status            varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer       not null default 0,
    created_at        timestamptz   not null default now(),
    next_attempt_at   timestamptz   not null default now(),
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_latency_ms   integer,
    last_error        varchar(300),
    last_response     varchar(300)
);
-- a sender's lease on a subscription while it waits for the receiver, outside any transaction
alter table webhook_subscription add column if not exists leased_until timestamptz;
create index if not exists webhook_delivery_queue on webhook_delivery (subscription_id, seq) where status = 'PENDING';
create index if not exists webhook_delivery_log on webhook_delivery (tenant_id, subscription_id, id);
-- (each service with an outbox indexes it by tenant and outbox order for the fan-out, in its own migrations)
