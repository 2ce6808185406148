-- Check-in counts kept as the assignments arrive, so completion, overdue and missed-check-in figures read
-- one narrow row per relationship, wave, side, person and due date instead of every assignment.
-- An assignment counts when it belongs to a relationship, has a wave and a side, and is not cancelled;
-- no due date is kept as 'infinity' (never overdue). Rows whose counts fall to zero stay; readers skip them.
create table check_in_tally (
    tenant_id        varchar(100) not null,
    programme_id     uuid         not null,
    relationship_id  uuid         not null,
    wave             varchar(32)  not null,
    role             varchar(8)   not null,
    respondent_id    varchar(200) not null,
    due_on           date         not null,
    assigned         integer      not null,
    answered         integer      not null,
    primary key (tenant_id, programme_id, relationship_id, wave, role, respondent_id, due_on)
);

-- Every write to assignment_fact adds what its new rows count and takes away what its old rows counted,
-- a statement at a time (transition tables: one aggregate per page, not a row at a time). Writers take
-- the same advisory lock as ingestion's answered_at writers, so two pages never update a tally row in
-- opposite orders.
create function check_in_tally_apply() returns trigger language plpgsql as $$
declare
    counted constant text := 'select tenant_id, programme_id, relationship_id, wave, role, respondent_id, coalesce(due_on, ''infinity''),'
        || ' %1$s, %1$s * (answered_at is not null)::int from %2$s where programme_id is not null and relationship_id is not null'
        || ' and wave is not null and role is not null and status <> ''cancelled''';
    changes text[] := '{}';
begin
    perform pg_advisory_xact_lock(7342001);
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || format(counted, 1, 'added');
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        changes := changes || format(counted, -1, 'removed');
    end if;
    execute 'insert into check_in_tally as t select tenant_id, programme_id, relationship_id, wave, role, respondent_id, due_on,'
        || ' sum(assigned), sum(answered) from (' || array_to_string(changes, ' union all ') || ')'
        || ' as change (tenant_id, programme_id, relationship_id, wave, role, respondent_id, due_on, assigned, answered)'
        || ' group by 1, 2, 3, 4, 5, 6, 7 having sum(assigned) <> 0 or sum(answered) <> 0 order by 1, 2, 3, 4, 5, 6, 7'
        || ' on conflict (tenant_id, programme_id, relationship_id, wave, role, respondent_id, due_on)'
        || ' do update set assigned = t.assigned + excluded.assigned, answered = t.answered + excluded.answered';
    return null;
end $$;

create trigger check_in_tally_insert after insert on assignment_fact
    referencing new table as added for each statement execute function check_in_tally_apply();
create trigger check_in_tally_update after update on assignment_fact
    referencing old table as removed new table as added for each statement execute function check_in_tally_apply();
create trigger check_in_tally_delete after delete on assignment_fact
    referencing old table as removed for each statement execute function check_in_tally_apply();

insert into check_in_tally
select tenant_id, programme_id, relationship_id, wave, role, respondent_id, coalesce(due_on, 'infinity'), count(*), count(answered_at)
  from assignment_fact
 where programme_id is not null and relationship_id is not null and wave is not null and role is not null and status <> 'cancelled'
 group by 1, 2, 3, 4, 5, 6, 7;

-- The tally answers the check-in counts; the covering index that served them goes.
drop index assignment_fact_counts;
-- Each assignment is written twice (created, then answered): room on its page lets the second write stay
-- there (a heap-only update: no index touched, since answered_at is no longer in an index).
alter table assignment_fact set (fillfactor = 60);
