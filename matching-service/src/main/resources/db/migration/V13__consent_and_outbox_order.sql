-- Consent to research use and to diversity attributes, each with when it was last recorded. Earlier
-- participants have given neither: their diversity attributes go (they were stored without consent).
alter table participant add column research_consent boolean not null default false;
alter table participant add column research_consent_at timestamptz;
alter table participant add column diversity_consent boolean not null default false;
alter table participant add column diversity_consent_at timestamptz;
update participant set diversity = null where diversity is not null;

-- webhooks read a tenant's events in outbox order, whatever their type (service-support's WebhookDispatcher)
create index outbox_event_tenant_order on outbox_event (tenant_id, xid, id);
