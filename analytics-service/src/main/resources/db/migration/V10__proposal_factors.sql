-- Each proposal's compatibility factors at match time (from the proposals feed): what the research
-- reports test against the relationship's later quality and goals.
create table proposal_factor_fact (
    proposal_id  uuid         not null,
    factor       varchar(32)  not null,
    tenant_id    varchar(100) not null,
    score        integer      not null,
    weight       integer      not null,
    no_data      boolean      not null,
    primary key (proposal_id, factor)
);
