package io.tandem.analytics.report;

import io.tandem.analytics.settings.SettingsService;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Loads a programme's facts and the tenant's rules, and hands them to the report that is asked for. */
@ApplicationScoped
class Reports {

    @Inject
    ReportData data;

    @Inject
    SettingsService settings;

    @Inject
    Caller caller;

    OverviewReport overview(UUID programmeId) {
        SettingsService.Rules rules = settings.rules();
        return OverviewReport.of(programmeId, data.programme(programmeId), minimum(rules), today(rules));
    }

    HealthReport health(UUID programmeId, String interval, LocalDate from, LocalDate to) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = data.programme(programmeId);
        LocalDate last = to != null ? to : today(rules);
        LocalDate first = from != null ? from : Stream.concat(facts.relationships().stream().map(Facts.Relationship::startedOn),
                facts.meetings().stream().map(Facts.Meeting::heldOn)).min(LocalDate::compareTo).orElse(last);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return HealthReport.of(programmeId, facts, interval, first, last, ZoneId.of(rules.reportingTimeZone()), minimum(rules));
    }

    AtRiskReport atRisk(UUID programmeId, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = data.programme(programmeId);
        List<Facts.Score> quality = data.scores(programmeId, instrumentKey, scaleKey);
        return AtRiskReport.of(programmeId, facts, quality, new AtRiskReport.Thresholds(rules.atRiskQualityDrop(), rules.atRiskMissedCheckIns(),
                rules.atRiskInactivityWeeks(), rules.atRiskAgreementGraceDays()), instrumentKey, scaleKey, today(rules));
    }

    MentorsReport mentors(UUID programmeId, String attribute, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = data.programme(programmeId);
        boolean personLevel = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROGRAMME_MANAGER);
        List<Facts.Score> quality = personLevel ? data.scores(programmeId, instrumentKey, scaleKey) : List.of();
        return MentorsReport.of(programmeId, facts, quality, attribute, minimum(rules), personLevel);
    }

    QualityOverTime quality(UUID programmeId, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        data.programme(programmeId); // 404 for a programme the tenant's read model does not know
        return QualityOverTime.of(data.scores(programmeId, instrumentKey, scaleKey), minimum(rules));
    }

    CompletionReport completion(UUID programmeId) {
        SettingsService.Rules rules = settings.rules();
        return CompletionReport.of(programmeId, data.programme(programmeId), minimum(rules), today(rules));
    }

    private static int minimum(SettingsService.Rules rules) {
        return io.tandem.support.disclosure.Suppression.minimum(rules.minGroupSize());
    }

    private static LocalDate today(SettingsService.Rules rules) {
        return LocalDate.now(ZoneId.of(rules.reportingTimeZone()));
    }
}
