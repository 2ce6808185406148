-- Whether the participant consented to research use (matching-service's participants feed); the research
-- export leaves out every relationship without both people's consent. Earlier facts had none recorded.
alter table participant_fact add column research_consent boolean not null default false;

-- person-erased events of survey-service and matching-service (AnalyticsErasure)
insert into feed_cursor (source) values ('survey-person-erasures'), ('matching-person-erasures');
