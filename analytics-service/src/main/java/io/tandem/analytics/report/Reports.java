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
        return OverviewReport.of(programmeId, facts(programmeId, rules, ReportData.Part.PEOPLE, ReportData.Part.RELATIONSHIPS,
                ReportData.Part.MEETINGS, ReportData.Part.COMPLETION), minimum(rules), today(rules));
    }

    HealthReport health(UUID programmeId, String interval, LocalDate from, LocalDate to) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = facts(programmeId, rules, ReportData.Part.RELATIONSHIPS, ReportData.Part.MEETINGS, ReportData.Part.ANSWERED);
        LocalDate last = to != null ? to : today(rules);
        LocalDate first = from != null ? from : Stream.concat(facts.relationships().stream().map(Facts.Relationship::startedOn),
                facts.meetingsByDay().keySet().stream()).min(LocalDate::compareTo).orElse(last);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return HealthReport.of(programmeId, facts, interval, first, last, ZoneId.of(rules.reportingTimeZone()), minimum(rules));
    }

    AtRiskReport atRisk(UUID programmeId, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = facts(programmeId, rules, ReportData.Part.RELATIONSHIPS, ReportData.Part.LAST_MEETINGS, ReportData.Part.MISSED);
        List<Facts.Drop> drops = data.drops(programmeId, instrumentKey, scaleKey, rules.atRiskQualityDrop().doubleValue());
        return AtRiskReport.of(programmeId, facts, drops, new AtRiskReport.Thresholds(rules.atRiskQualityDrop(), rules.atRiskMissedCheckIns(),
                rules.atRiskInactivityWeeks(), rules.atRiskAgreementGraceDays()), instrumentKey, scaleKey, today(rules));
    }

    MentorsReport mentors(UUID programmeId, String attribute, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        Facts.Programme facts = facts(programmeId, rules, ReportData.Part.PEOPLE, ReportData.Part.RELATIONSHIPS, ReportData.Part.PROPOSALS);
        boolean personLevel = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROGRAMME_MANAGER);
        java.util.Map<String, Double> quality = personLevel ? data.latestMenteeScores(programmeId, instrumentKey, scaleKey) : java.util.Map.of();
        return MentorsReport.of(programmeId, facts, quality, attribute, minimum(rules), personLevel);
    }

    QualityOverTime quality(UUID programmeId, String instrumentKey, String scaleKey) {
        SettingsService.Rules rules = settings.rules();
        facts(programmeId, rules); // nothing but the 404 for a programme the tenant's read model does not know
        return QualityOverTime.of(data.waveMeans(programmeId, instrumentKey, scaleKey), minimum(rules));
    }

    CompletionReport completion(UUID programmeId) {
        SettingsService.Rules rules = settings.rules();
        return CompletionReport.of(programmeId, facts(programmeId, rules, ReportData.Part.COMPLETION), minimum(rules), today(rules));
    }

    private Facts.Programme facts(UUID programmeId, SettingsService.Rules rules, ReportData.Part... parts) {
        return data.programme(programmeId, today(rules), rules.reportingTimeZone(),
                parts.length == 0 ? java.util.EnumSet.noneOf(ReportData.Part.class) : java.util.EnumSet.copyOf(java.util.List.of(parts)));
    }

    private static int minimum(SettingsService.Rules rules) {
        return io.tandem.support.disclosure.Suppression.minimum(rules.minGroupSize());
    }

    private static LocalDate today(SettingsService.Rules rules) {
        return LocalDate.now(ZoneId.of(rules.reportingTimeZone()));
    }
}
