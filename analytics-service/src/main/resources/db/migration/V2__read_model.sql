-- The read model: facts copied from the feeds of survey-service and matching-service. Every table
-- carries the tenant of the event it came from; applying an event twice changes nothing (upserts by
-- the source's own ids, inserts that ignore a known key).

-- Where ingestion stands on each feed, and which replica holds it (one active consumer per feed).
create table feed_cursor (
    source            varchar(32)  primary key,
    cursor_value      varchar(100),
    leased_by         varchar(100),
    lease_until       timestamptz,
    events_applied    bigint       not null default 0,
    last_pulled_at    timestamptz,
    caught_up_at      timestamptz,
    last_event_at     timestamptz,
    failures          integer      not null default 0,
    last_error        varchar(500),
    next_attempt_at   timestamptz  not null default now()
);
insert into feed_cursor (source) values ('scored-responses'), ('participants'), ('proposals'), ('relationships');

-- A tenant's rebuild: per feed, its own replay cursor from zero; the feed's lease holder runs it.
create table feed_rebuild (
    tenant_id      varchar(100) not null,
    source         varchar(32)  not null references feed_cursor (source),
    requested_at   timestamptz  not null,
    requested_by   varchar(200) not null,
    started        boolean      not null default false,
    cursor_value   varchar(100),
    finished_at    timestamptz,
    primary key (tenant_id, source)
);

create table participant_fact (
    participant_id  uuid         primary key,
    tenant_id       varchar(100) not null,
    programme_id    uuid         not null,
    person_id       varchar(200) not null,
    role            varchar(16)  not null,
    status          varchar(24)  not null,
    diversity       jsonb,
    has_manager     boolean      not null,
    enrolled_at     timestamptz  not null,
    changed_at      timestamptz  not null
);
create index participant_fact_programme on participant_fact (tenant_id, programme_id);

-- Each status a participant had, from when.
create table participant_status_fact (
    participant_id  uuid         not null,
    sequence        bigint       not null,
    tenant_id       varchar(100) not null,
    status          varchar(24)  not null,
    changed_at      timestamptz  not null,
    primary key (participant_id, sequence)
);

create table proposal_fact (
    proposal_id          uuid         primary key,
    tenant_id            varchar(100) not null,
    run_id               uuid         not null,
    programme_id         uuid         not null,
    mentor_id            varchar(200) not null,
    mentee_id            varchar(200) not null,
    status               varchar(16)  not null,
    mentor_decision      varchar(16),
    mentee_decision      varchar(16),
    score                integer      not null,
    recommendation_rank  integer,
    published_at         timestamptz  not null,
    decided_at           timestamptz
);
create index proposal_fact_programme on proposal_fact (tenant_id, programme_id);

create table relationship_fact (
    relationship_id      uuid         primary key,
    tenant_id            varchar(100) not null,
    programme_id         uuid         not null,
    mentor_id            varchar(200) not null,
    mentee_id            varchar(200) not null,
    origin               varchar(16)  not null,
    phase                varchar(16)  not null,
    started_on           date         not null,
    planned_end_on       date         not null,
    ended_on             date,
    ended_early          boolean      not null,
    end_reason           varchar(24),
    continues_as_peers   boolean,
    agreement_confirmed  boolean      not null,
    changed_at           timestamptz  not null
);
create index relationship_fact_programme on relationship_fact (tenant_id, programme_id);

-- Every relationship event (started, phase-changed, extended, agreement-changed, goal-changed,
-- meeting-logged, closed) with the phase it left the relationship in: phases with their dates.
create table relationship_event_fact (
    relationship_id  uuid         not null,
    sequence         bigint       not null,
    tenant_id        varchar(100) not null,
    change           varchar(32)  not null,
    phase            varchar(16)  not null,
    occurred_at      timestamptz  not null,
    primary key (relationship_id, sequence)
);

create table goal_fact (
    goal_id          uuid         primary key,
    tenant_id        varchar(100) not null,
    relationship_id  uuid         not null,
    owner            varchar(16)  not null,
    status           varchar(16)  not null,
    target_on        date,
    changed_at       timestamptz  not null
);
create index goal_fact_relationship on goal_fact (relationship_id);

create table meeting_fact (
    meeting_id        uuid         primary key,
    tenant_id         varchar(100) not null,
    relationship_id   uuid         not null,
    held_on           date         not null,
    duration_minutes  integer      not null,
    channel           varchar(16)  not null
);
create index meeting_fact_relationship on meeting_fact (relationship_id);

-- One row per scale or index score of a submitted response: self-reports and ratings of the other
-- kept apart by perspective and subject.
create table score_fact (
    response_id         uuid         not null,
    scale_key           varchar(63)  not null,
    tenant_id           varchar(100) not null,
    assignment_id       uuid,
    programme_id        uuid,
    relationship_id     uuid,
    respondent_id       varchar(200) not null,
    subject_id          varchar(200) not null,
    perspective         varchar(8)   not null,
    role                varchar(8),
    instrument_key      varchar(63)  not null,
    instrument_version  integer      not null,
    wave                varchar(32),
    submitted_at        timestamptz  not null,
    value               double precision,
    label               varchar(100),
    primary key (response_id, scale_key)
);
create index score_fact_relationship on score_fact (tenant_id, relationship_id, wave);
create index score_fact_subject on score_fact (tenant_id, instrument_key, subject_id, submitted_at);
create index score_fact_programme on score_fact (tenant_id, programme_id);
