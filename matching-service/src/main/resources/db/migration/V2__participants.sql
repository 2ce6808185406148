-- People enrolled in a programme, with the profile that compatibility reads. Tags are stored
-- normalised (lower case, single spaces, the tenant's synonyms resolved).
create table participant (
    id                   uuid primary key,
    tenant_id            varchar(100)  not null,
    version              bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    programme_id         uuid          not null references programme (id),
    person_id            varchar(200)  not null,
    role                 varchar(16)   not null check (role in ('MENTOR', 'MENTEE', 'BOTH')),
    status               varchar(16)   not null check (status in ('ACTIVE', 'ON_LEAVE', 'LEFT')),
    display_name         varchar(200),
    career_stage         integer       check (career_stage between 1 and 10),
    current_track        varchar(100),
    manager_id           varchar(200),
    time_zone            varchar(64),
    mentor_capacity      integer       check (mentor_capacity between 0 and 20),
    support_need         integer       check (support_need between 0 and 1000),
    languages            varchar(100)[] not null,
    skills_offered       varchar(100)[] not null,
    learning_goals       varchar(100)[] not null,
    learning_interests   varchar(100)[] not null,
    aspirations          varchar(100)[] not null,
    past_tracks          varchar(100)[] not null,
    challenges_overcome  varchar(100)[] not null,
    current_challenges   varchar(100)[] not null,
    person_values        varchar(100)[] not null,
    work_style           varchar(100)[] not null,
    diversity            jsonb,
    constraint participant_person_unique unique (tenant_id, programme_id, person_id)
);
create index participant_programme on participant (tenant_id, programme_id, id);
create index participant_skills on participant using gin (skills_offered);
create index participant_goals on participant using gin (learning_goals);

-- A tenant's tag synonyms: an alias is stored as its canonical tag.
create table tag_synonym (
    id          uuid primary key,
    tenant_id   varchar(100) not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    alias       varchar(100) not null,
    canonical   varchar(100) not null,
    constraint tag_synonym_alias_unique unique (tenant_id, alias)
);
