-- Transactional outbox of matching-service's change feeds (relationships, participants, proposals).
-- xid is the writing transaction's id: a reader only returns events of transactions older than every
-- transaction still running, so a late commit is never skipped.
create table outbox_event (
    id             bigserial     primary key,
    tenant_id      varchar(100)  not null,
    xid            xid8          not null default pg_current_xact_id(),
    event_type     varchar(63)   not null,
    aggregate_id   uuid          not null,
    payload        jsonb         not null,
    created_at     timestamptz   not null default now()
);
create index outbox_event_feed on outbox_event (tenant_id, event_type, xid, id);
