-- Run once by the postgres image on an empty volume: one database per service.
create database tandem_survey;
create database tandem_matching;
create database tandem_analytics;
