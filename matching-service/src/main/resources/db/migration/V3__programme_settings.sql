-- A programme's matching settings (weights, hard rules, mode, required instruments, ...), with defaults filled in.
alter table programme add column settings jsonb;
update programme set settings = '{}' where settings is null;
alter table programme alter column settings set not null;
