-- Every index on score_fact is paid for on each of its millions of inserts: keep the ones reports and
-- the export read by (primary key, score_fact_export, score_fact_scale) and drop the rest.
drop index score_fact_relationship;
drop index score_fact_subject;
drop index score_fact_assignment;
