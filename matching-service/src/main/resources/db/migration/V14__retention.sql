-- Retention: a tenant may keep relationships and responses only so many days after a programme ends
-- (RetentionJob); the programme records when its data was erased.
alter table disclosure_settings add column retention_days integer check (retention_days between 30 and 3650);
alter table programme add column retention_erased_at timestamptz;
