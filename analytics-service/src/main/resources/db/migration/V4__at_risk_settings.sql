-- When the at-risk report lists a relationship (tenant settings, defaults as in SettingsUpdate.AtRisk).
alter table analytics_settings
    add column at_risk_quality_drop          numeric(4,2) not null default 1.00 check (at_risk_quality_drop between 0.1 and 10),
    add column at_risk_missed_check_ins      integer      not null default 2 check (at_risk_missed_check_ins between 1 and 20),
    add column at_risk_inactivity_weeks      integer      not null default 6 check (at_risk_inactivity_weeks between 1 and 52),
    add column at_risk_agreement_grace_days  integer      not null default 21 check (at_risk_agreement_grace_days between 1 and 365);
