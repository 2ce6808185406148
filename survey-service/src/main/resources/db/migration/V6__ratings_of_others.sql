-- A response is about a subject: the respondent (a self-report) or, when the assignment names an
-- aboutPersonId, that other person (a rating of them by a rater in the respondent's role). Scores of
-- the two perspectives are never mixed: every read names the perspective it wants.
alter table survey_response add column subject_id varchar(200);
alter table survey_response add column perspective varchar(8);
alter table survey_response add column rater_role varchar(16);
update survey_response r set subject_id = coalesce(a.about_person_id, r.respondent_id),
    perspective = case when a.about_person_id is null or a.about_person_id = r.respondent_id then 'SELF' else 'OTHER' end,
    rater_role = a.respondent_role
from assignment a where a.id = r.assignment_id;
alter table survey_response alter column subject_id set not null;
alter table survey_response alter column perspective set not null;
alter table survey_response add constraint survey_response_perspective check (perspective in ('SELF', 'OTHER'));
create index survey_response_subject on survey_response (tenant_id, subject_id, perspective, id) where status = 'SUBMITTED';

alter table scale_score add column subject_id varchar(200);
alter table scale_score add column perspective varchar(8);
alter table scale_score add column rater_role varchar(16);
update scale_score s set subject_id = r.subject_id, perspective = r.perspective, rater_role = a.respondent_role
from survey_response r join assignment a on a.id = r.assignment_id where r.id = s.response_id;
alter table scale_score alter column subject_id set not null;
alter table scale_score alter column perspective set not null;

-- The latest-score query picks, per subject, the newest response with every requested score valid.
drop index scale_score_latest;
create index scale_score_latest on scale_score (tenant_id, instrument_key, subject_id, perspective, submitted_at desc)
    where value is not null;
