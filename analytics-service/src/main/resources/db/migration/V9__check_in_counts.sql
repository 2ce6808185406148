-- Check-in counts kept as the assignments arrive, so completion, overdue and missed-check-in figures read a
-- few narrow rows instead of every assignment. An assignment counts when it belongs to a relationship, has
-- a wave and a side, and is not cancelled; no due date is kept as 'infinity' (never overdue). Rows whose
-- counts fall to zero stay; readers skip them.

-- Per person, wave and side: completion and the people asked.
create table check_in_people (
    tenant_id      varchar(100) not null,
    programme_id   uuid         not null,
    wave           varchar(32)  not null,
    role           varchar(8)   not null,
    respondent_id  varchar(200) not null,
    assigned       integer      not null,
    answered       integer      not null,
    primary key (tenant_id, programme_id, wave, role, respondent_id)
);

-- Per wave, side and due date: what is overdue on any day.
create table check_in_due (
    tenant_id     varchar(100) not null,
    programme_id  uuid         not null,
    wave          varchar(32)  not null,
    role          varchar(8)   not null,
    due_on        date         not null,
    assigned      integer      not null,
    answered      integer      not null,
    primary key (tenant_id, programme_id, wave, role, due_on)
);

-- Per relationship and due date: missed check-ins.
create table check_in_relationship (
    tenant_id        varchar(100) not null,
    programme_id     uuid         not null,
    relationship_id  uuid         not null,
    due_on           date         not null,
    assigned         integer      not null,
    answered         integer      not null,
    primary key (tenant_id, programme_id, relationship_id, due_on)
);

-- Every write to assignment_fact adds what its new rows count and takes away what its old rows counted, a
-- statement at a time (transition tables: one aggregate per page of a feed, not a row at a time). Writers
-- take the same advisory lock as ingestion's answered_at writers, so two pages never update a count in
-- opposite orders.
create function check_in_counts_apply() returns trigger language plpgsql as $$
declare
    counted constant text := 'select tenant_id, programme_id, relationship_id, wave, role, respondent_id, coalesce(due_on, ''infinity'') as due_on,'
        || ' %1$s as assigned, %1$s * (answered_at is not null)::int as answered from %2$s where programme_id is not null'
        || ' and relationship_id is not null and wave is not null and role is not null and status <> ''cancelled''';
    changes text[] := '{}';
begin
    perform pg_advisory_xact_lock(7342001);
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || format(counted, 1, 'added');
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        changes := changes || format(counted, -1, 'removed');
    end if;
    execute 'with change as (' || array_to_string(changes, ' union all ') || '),'
        || ' people as (insert into check_in_people as t select tenant_id, programme_id, wave, role, respondent_id, sum(assigned), sum(answered)'
        || '   from change group by 1, 2, 3, 4, 5 having sum(assigned) <> 0 or sum(answered) <> 0 order by 1, 2, 3, 4, 5'
        || '   on conflict (tenant_id, programme_id, wave, role, respondent_id)'
        || '   do update set assigned = t.assigned + excluded.assigned, answered = t.answered + excluded.answered),'
        || ' due as (insert into check_in_due as t select tenant_id, programme_id, wave, role, due_on, sum(assigned), sum(answered)'
        || '   from change group by 1, 2, 3, 4, 5 having sum(assigned) <> 0 or sum(answered) <> 0 order by 1, 2, 3, 4, 5'
        || '   on conflict (tenant_id, programme_id, wave, role, due_on)'
        || '   do update set assigned = t.assigned + excluded.assigned, answered = t.answered + excluded.answered)'
        || ' insert into check_in_relationship as t select tenant_id, programme_id, relationship_id, due_on, sum(assigned), sum(answered)'
        || '   from change group by 1, 2, 3, 4 having sum(assigned) <> 0 or sum(answered) <> 0 order by 1, 2, 3, 4'
        || '   on conflict (tenant_id, programme_id, relationship_id, due_on)'
        || '   do update set assigned = t.assigned + excluded.assigned, answered = t.answered + excluded.answered';
    return null;
end $$;

create trigger check_in_counts_insert after insert on assignment_fact
    referencing new table as added for each statement execute function check_in_counts_apply();
create trigger check_in_counts_update after update on assignment_fact
    referencing old table as removed new table as added for each statement execute function check_in_counts_apply();
create trigger check_in_counts_delete after delete on assignment_fact
    referencing old table as removed for each statement execute function check_in_counts_apply();

-- What is there already, counted once.
insert into check_in_people
select tenant_id, programme_id, wave, role, respondent_id, count(*), count(answered_at) from assignment_fact
 where programme_id is not null and relationship_id is not null and wave is not null and role is not null and status <> 'cancelled'
 group by 1, 2, 3, 4, 5;
insert into check_in_due
select tenant_id, programme_id, wave, role, coalesce(due_on, 'infinity'), count(*), count(answered_at) from assignment_fact
 where programme_id is not null and relationship_id is not null and wave is not null and role is not null and status <> 'cancelled'
 group by 1, 2, 3, 4, 5;
insert into check_in_relationship
select tenant_id, programme_id, relationship_id, coalesce(due_on, 'infinity'), count(*), count(answered_at) from assignment_fact
 where programme_id is not null and relationship_id is not null and wave is not null and role is not null and status <> 'cancelled'
 group by 1, 2, 3, 4;

-- The counts answer what the covering index served.
drop index assignment_fact_counts;
-- Each assignment is written twice (created, then answered): room on its page lets the second write stay
-- there (a heap-only update: no index touched, since answered_at is no longer in an index).
alter table assignment_fact set (fillfactor = 60);

-- The at-risk, mentors and quality reports read one scale's self-reports per relationship and side in time
-- order: this index hands them over in that order without visiting the table (an index-only scan once
-- vacuumed), replacing the narrower score_fact_scale.
create index score_fact_series on score_fact (tenant_id, programme_id, instrument_key, scale_key, relationship_id, role, submitted_at,
                                              response_id) include (perspective, wave, value, respondent_id);
drop index score_fact_scale;
