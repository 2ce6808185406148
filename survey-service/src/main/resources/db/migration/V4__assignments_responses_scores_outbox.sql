-- Who answers which instrument version, in which context, by when.
create table assignment (
    id                 uuid primary key,
    tenant_id          varchar(100) not null,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    respondent_id      varchar(200) not null,
    instrument_id      uuid         not null,
    instrument_key     varchar(63)  not null,
    instrument_version integer      not null,
    programme_id       uuid,
    relationship_id    uuid,
    about_person_id    varchar(200),
    respondent_role    varchar(16),
    wave               varchar(32),
    due_on             date,
    status             varchar(16)  not null check (status in ('OPEN', 'SUBMITTED', 'CANCELLED')),
    idempotency_key    varchar(200),
    submitted_at       timestamptz,
    cancelled_at       timestamptz
);
create index assignment_tenant_id on assignment (tenant_id, id);
create index assignment_respondent on assignment (tenant_id, respondent_id, id);
create unique index assignment_idempotency on assignment (tenant_id, idempotency_key) where idempotency_key is not null;

-- One response per assignment: a draft until submitted, immutable afterwards.
create table survey_response (
    id                 uuid primary key,
    tenant_id          varchar(100) not null,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    assignment_id      uuid         not null references assignment (id),
    respondent_id      varchar(200) not null,
    instrument_id      uuid         not null,
    instrument_key     varchar(63)  not null,
    instrument_version integer      not null,
    status             varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED')),
    answers            jsonb        not null,
    scores             jsonb,
    submitted_at       timestamptz,
    idempotency_key    varchar(200),
    constraint survey_response_one_per_assignment unique (assignment_id)
);
create index survey_response_tenant_id on survey_response (tenant_id, id);
create index survey_response_respondent on survey_response (tenant_id, respondent_id, id) where status = 'SUBMITTED';
create index survey_response_instrument on survey_response (tenant_id, instrument_id) where status = 'SUBMITTED';

-- Scale and index scores of submitted responses, one row each, for the batched latest-score query.
create table scale_score (
    response_id        uuid          not null references survey_response (id),
    score_key          varchar(63)   not null,
    tenant_id          varchar(100)  not null,
    respondent_id      varchar(200)  not null,
    instrument_key     varchar(63)   not null,
    instrument_version integer       not null,
    value              double precision,
    label              varchar(200),
    submitted_at       timestamptz   not null,
    primary key (response_id, score_key)
);
create index scale_score_latest on scale_score (tenant_id, instrument_key, respondent_id, score_key, submitted_at desc)
    where value is not null;

-- Transactional outbox. xid is the writing transaction's id: a reader only returns events of
-- transactions older than every transaction still running, so a late commit is never skipped.
create table outbox_event (
    id             bigserial     primary key,
    tenant_id      varchar(100)  not null,
    xid            xid8          not null default pg_current_xact_id(),
    event_type     varchar(63)   not null,
    aggregate_id   uuid          not null,
    payload        jsonb         not null,
    created_at     timestamptz   not null default now()
);
create index outbox_event_feed on outbox_event (tenant_id, event_type, xid, id);
