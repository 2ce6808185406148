-- Audit trail (service-support's AuditInterceptor): one row per change made through the API and per
-- staff read of person-level data, written in the transaction of the change. Append-only: the trigger
-- refuses updates and deletes, except an erasure's pseudonymisation of the tenant it names in
-- tandem.erasure for its own transaction.
create table audit_event (
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
create index audit_event_tenant on audit_event (tenant_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if current_setting('tandem.erasure', true) = old.tenant_id then
            return new;
        end if;
    end if;
    raise exception 'audit_event is append-only' using errcode = '42501';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
