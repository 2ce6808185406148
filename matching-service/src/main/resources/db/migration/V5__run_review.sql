-- Review of runs: a run is published once; each side of a published proposal accepts or declines.
alter table matching_run add column published_at timestamptz;
alter table proposal add column mentor_decision varchar(16) check (mentor_decision in ('ACCEPTED', 'DECLINED'));
alter table proposal add column mentee_decision varchar(16) check (mentee_decision in ('ACCEPTED', 'DECLINED'));
alter table proposal add column original_mentor_person_id varchar(200);
alter table proposal add column original_score integer;
create index proposal_accepted on proposal (tenant_id, programme_id) where status = 'ACCEPTED';
