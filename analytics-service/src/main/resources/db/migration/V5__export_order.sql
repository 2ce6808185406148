-- The research export reads a programme's scores by relationship, wave and time: in index order, no sort.
create index score_fact_export on score_fact (tenant_id, programme_id, relationship_id, wave, submitted_at);
drop index score_fact_programme;
