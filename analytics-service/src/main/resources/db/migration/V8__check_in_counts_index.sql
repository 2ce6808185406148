-- Check-in counts per wave, side and person read only this index (an index-only scan once vacuumed).
create index assignment_fact_counts on assignment_fact (tenant_id, programme_id, wave, role, respondent_id)
    include (relationship_id, status, answered_at, due_on);
drop index assignment_fact_programme;
