-- The research export's columns (side, perspective, instrument, scale and the versions answered) kept as
-- scores arrive, so the export and its codebook need not group a programme's millions of score rows first.
create table score_column_fact (
    tenant_id           varchar(100) not null,
    programme_id        uuid         not null,
    role                varchar(8)   not null,
    perspective         varchar(8)   not null,
    instrument_key      varchar(63)  not null,
    scale_key           varchar(63)  not null,
    instrument_version  integer      not null,
    primary key (tenant_id, programme_id, role, perspective, instrument_key, scale_key, instrument_version)
);

insert into score_column_fact
select distinct tenant_id, programme_id, role, perspective, instrument_key, scale_key, instrument_version from score_fact
 where programme_id is not null and relationship_id is not null and role is not null and wave is not null;
