-- A mentoring relationship: from an accepted proposal or recorded informally, with its phase, its
-- agreement and its closure. One per mentor, mentee and programme, so starting twice starts one.
create table relationship (
    id                        uuid primary key,
    tenant_id                 varchar(100) not null,
    version                   bigint       not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    programme_id              uuid         not null references programme (id),
    mentor_person_id          varchar(200) not null,
    mentee_person_id          varchar(200) not null,
    origin                    varchar(16)  not null check (origin in ('PROPOSAL', 'INFORMAL')),
    proposal_id               uuid,
    started_on                date         not null,
    planned_end_on            date         not null,
    phase                     varchar(16)  not null check (phase in ('INITIATION', 'CULTIVATION', 'SEPARATION', 'REDEFINITION', 'ENDED')),
    ended_on                  date,
    ended_early               boolean      not null default false,
    end_reason                varchar(24),
    end_note                  varchar(1000),
    continues_as_peers        boolean,
    agreement                 jsonb,
    mentor_confirmed_at       timestamptz,
    mentee_confirmed_at       timestamptz,
    constraint relationship_one_per_pair unique (tenant_id, programme_id, mentor_person_id, mentee_person_id)
);
create index relationship_programme on relationship (tenant_id, programme_id, id);
create index relationship_mentor on relationship (tenant_id, mentor_person_id, id);
create index relationship_mentee on relationship (tenant_id, mentee_person_id, id);

-- Every phase change: who, when, why.
create table relationship_phase_change (
    id               uuid primary key,
    tenant_id        varchar(100) not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    relationship_id  uuid         not null references relationship (id),
    from_phase       varchar(16),
    to_phase         varchar(16)  not null,
    changed_by       varchar(200) not null,
    reason           varchar(1000)
);
create index relationship_phase_change_of on relationship_phase_change (tenant_id, relationship_id, id);

-- Shared goals, owned by either side, with progress notes by either side.
create table relationship_goal (
    id               uuid primary key,
    tenant_id        varchar(100) not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    relationship_id  uuid         not null references relationship (id),
    owner            varchar(8)   not null check (owner in ('MENTOR', 'MENTEE')),
    description      varchar(1000) not null,
    target_on        date,
    status           varchar(16)  not null check (status in ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
    notes            jsonb        not null default '[]'
);
create index relationship_goal_of on relationship_goal (tenant_id, relationship_id, id);

-- The meetings and activity log.
create table relationship_meeting (
    id               uuid primary key,
    tenant_id        varchar(100) not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    relationship_id  uuid         not null references relationship (id),
    held_on          date         not null,
    duration_minutes integer      not null check (duration_minutes between 1 and 1440),
    channel          varchar(16)  not null,
    topics           varchar(100)[] not null default '{}',
    note             varchar(2000),
    logged_by        varchar(200) not null
);
create index relationship_meeting_of on relationship_meeting (tenant_id, relationship_id, held_on);

-- Reflection journal: private to its author unless shared with the other side; never shown to staff.
create table journal_entry (
    id               uuid primary key,
    tenant_id        varchar(100) not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    relationship_id  uuid         not null references relationship (id),
    author_person_id varchar(200) not null,
    text             varchar(10000) not null,
    shared           boolean      not null
);
create index journal_entry_of on journal_entry (tenant_id, relationship_id, id);
