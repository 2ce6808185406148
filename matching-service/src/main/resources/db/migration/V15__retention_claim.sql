-- The retention job's claim on a programme while it calls survey-service outside any transaction.
alter table programme add column retention_claimed_until timestamptz;
