-- Reminders: each open assignment is announced once as due soon and once as overdue (AssignmentReminders)
alter table assignment add column due_soon_announced_at timestamptz;
alter table assignment add column overdue_announced_at timestamptz;
create index assignment_reminders_due on assignment (due_on) where status = 'OPEN' and due_on is not null
    and (due_soon_announced_at is null or overdue_announced_at is null);

-- webhooks read a tenant's events in outbox order, whatever their type (service-support's WebhookDispatcher)
create index outbox_event_tenant_order on outbox_event (tenant_id, xid, id);
