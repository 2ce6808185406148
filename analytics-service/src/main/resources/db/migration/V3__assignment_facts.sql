-- Assignments from survey-service's assignments feed (created, cancelled): what check-in completion
-- and overdue figures count. A submission is known by its scores (score_fact.assignment_id).
create table assignment_fact (
    assignment_id       uuid         primary key,
    tenant_id           varchar(100) not null,
    respondent_id       varchar(200) not null,
    instrument_key      varchar(63)  not null,
    instrument_version  integer      not null,
    programme_id        uuid,
    relationship_id     uuid,
    about_person_id     varchar(200),
    role                varchar(8),
    wave                varchar(32),
    due_on              date,
    status              varchar(16)  not null,
    created_at          timestamptz  not null,
    cancelled_at        timestamptz
);
create index assignment_fact_programme on assignment_fact (tenant_id, programme_id, wave);
create index assignment_fact_relationship on assignment_fact (relationship_id);
create index score_fact_assignment on score_fact (assignment_id);

insert into feed_cursor (source) values ('assignments');
