-- Score rows are written only in the statement that writes their response (SubmissionStore), so the
-- foreign key added nothing but a key-share lock and a lookup per row: six of each per submission.
alter table scale_score drop constraint scale_score_response_id_fkey;

-- Room on each page lets the submit's status update stay a heap-only update (no index writes).
alter table assignment set (fillfactor = 80);

-- Indexes nothing reads: responses are listed by respondent, score rows are read by the latest-score
-- index only, and (response_id, score_key) is unique by construction. Each cost an index write per row.
drop index survey_response_tenant_id;
alter table scale_score drop constraint scale_score_pkey;
