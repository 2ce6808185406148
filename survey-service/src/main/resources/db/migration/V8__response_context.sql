-- A response records the context it was given in (programme, wave), so reports can filter responses
-- without reading another feature's table.
alter table survey_response add column programme_id uuid;
alter table survey_response add column wave varchar(32);
update survey_response r set programme_id = a.programme_id, wave = a.wave from assignment a where a.id = r.assignment_id;
create index survey_response_instrument_context on survey_response (tenant_id, instrument_id, submitted_at) where status = 'SUBMITTED';
