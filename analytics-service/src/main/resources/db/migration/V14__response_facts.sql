-- One row per scored response with its scale and index scores side by side (scale_keys[i] scored
-- scale_values[i], labelled labels[i]) instead of one row per scale: a third of the rows and index entries,
-- which were most of ingestion's time, and the research export reads a wave's answers without grouping
-- millions of rows. The response's assignment is on the row, so answer_fact (which only said which
-- assignment a response answered) goes too. A response without scores keeps empty arrays: it still answers
-- its assignment. Erasing a person's scores empties their responses' arrays.
create table response_fact (
    response_id         uuid            primary key,
    tenant_id           varchar(100)    not null,
    assignment_id       uuid,
    programme_id        uuid,
    relationship_id     uuid,
    respondent_id       varchar(200),
    subject_id          varchar(200),
    perspective         varchar(8),
    role                varchar(8),
    instrument_key      varchar(63),
    instrument_version  integer,
    wave                varchar(32),
    submitted_at        timestamptz     not null,
    scale_keys          varchar(63)[]   not null,
    scale_values        float8[]        not null,
    labels              varchar(100)[]  not null
);

insert into response_fact
select response_id, min(tenant_id), (array_agg(assignment_id))[1], (array_agg(programme_id))[1], (array_agg(relationship_id))[1],
       min(respondent_id), min(subject_id), min(perspective), min(role), min(instrument_key), min(instrument_version), min(wave),
       min(submitted_at), array_agg(scale_key order by scale_key), array_agg(value order by scale_key), array_agg(label order by scale_key)
from score_fact group by response_id;

-- Responses known only as answers (no scale scored): what their assignment says about them.
insert into response_fact
select f.response_id, f.tenant_id, f.assignment_id, a.programme_id, a.relationship_id, a.respondent_id,
       coalesce(a.about_person_id, a.respondent_id), case when a.about_person_id is null then 'self' else 'other' end, a.role,
       a.instrument_key, a.instrument_version, a.wave, f.submitted_at, '{}', '{}', '{}'
from answer_fact f left join assignment_fact a on a.assignment_id = f.assignment_id
where not exists (select 1 from response_fact r where r.response_id = f.response_id);

drop table score_fact;
drop table answer_fact;

-- The research export: a programme's answers by relationship, wave and time, in index order.
create index response_fact_export on response_fact (tenant_id, programme_id, relationship_id, wave, submitted_at)
    where relationship_id is not null and role is not null and wave is not null;
-- The at-risk, mentors, quality and research reports: one instrument's answers per relationship and side in time order,
-- with the scores, without visiting the table (an index-only scan once vacuumed).
create index response_fact_series on response_fact (tenant_id, programme_id, instrument_key, relationship_id, role, submitted_at,
                                                    response_id) include (perspective, wave, respondent_id, scale_keys, scale_values);
-- Whether an assignment arriving after its answers was answered, and when.
create index response_fact_assignment on response_fact (assignment_id) where assignment_id is not null;
