-- Which assignments are answered, kept on the assignment (answered_at) so reports count without joining
-- the scores: answer_fact holds each response's assignment, from the scored-responses feed; whichever of
-- the two feeds arrives second fills answered_at (both apply under one advisory lock).
create table answer_fact (
    response_id    uuid         primary key,
    tenant_id      varchar(100) not null,
    assignment_id  uuid         not null,
    submitted_at   timestamptz  not null
);
create index answer_fact_assignment on answer_fact (assignment_id);
insert into answer_fact (response_id, tenant_id, assignment_id, submitted_at)
select distinct on (response_id) response_id, tenant_id, assignment_id, submitted_at from score_fact where assignment_id is not null;

alter table assignment_fact add column answered_at timestamptz;
update assignment_fact a set answered_at = (select min(f.submitted_at) from answer_fact f where f.assignment_id = a.assignment_id);

-- Reports read one scale of one instrument of a programme.
create index score_fact_scale on score_fact (tenant_id, programme_id, instrument_key, scale_key, relationship_id);
