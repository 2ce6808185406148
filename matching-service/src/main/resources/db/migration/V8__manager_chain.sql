-- The HR platform's management chain of a participant (nearest manager first), so the management-chain
-- rule holds even when a middle manager is not enrolled in the programme.
alter table participant add column manager_chain varchar(200)[] not null default '{}';
