-- Mentee-choice runs store ranked recommendations; stable runs read each participant's ranked preferences.
alter table proposal add column recommendation_rank integer check (recommendation_rank >= 1);
alter table participant add column preferences varchar(200)[] not null default '{}';
