-- A matching run: its settings and inputs' hash, summary, and who could not be matched and why.
create table matching_run (
    id                uuid primary key,
    tenant_id         varchar(100) not null,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    programme_id      uuid         not null references programme (id),
    settings          jsonb        not null,
    input_hash        varchar(64)  not null,
    summary           jsonb        not null,
    excluded_mentors  jsonb        not null,
    unmatched_mentees jsonb        not null
);
create index matching_run_programme on matching_run (tenant_id, programme_id, id);

-- One proposed pair of a run, with its score and factor breakdown.
create table proposal (
    id                 uuid primary key,
    tenant_id          varchar(100) not null,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    run_id             uuid         not null references matching_run (id),
    programme_id       uuid         not null,
    mentor_person_id   varchar(200) not null,
    mentee_person_id   varchar(200) not null,
    score              integer      not null check (score between 0 and 1000),
    factors            jsonb        not null,
    status             varchar(16)  not null check (status in ('PROPOSED', 'PUBLISHED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'))
);
create index proposal_run on proposal (tenant_id, run_id, id);
create index proposal_programme_pairs on proposal (tenant_id, programme_id, mentor_person_id, mentee_person_id);
