package io.tandem.analytics.report;

import io.tandem.analytics.settings.SettingsService;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import java.time.LocalDate;
import java.time.ZoneId;
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

    /**
     * Runs a report's score query beside its facts query, each on its own connection and transaction (the caller's request
     * context, and with it the tenant, goes along; no transaction does): on two cores the two overlap.
     */
    private final ManagedExecutor beside = ManagedExecutor.builder().propagated(ThreadContext.CDI).cleared(ThreadContext.ALL_REMAINING)
            .maxAsync(8).build();

    @PreDestroy
    void stop() {
        beside.shutdown();
    }

    /** The four reports of the printable page. */
    record PageReports(OverviewReport overview, CompletionReport completion, HealthReport health, QualityOverTime quality) {
    }

    /**
     * The printable page's reports from one load of the facts they share (the overview, completion and health reports read the same
     * relationships, meetings and check-in counts), the answers by day and the quality means read beside it.
     */
    PageReports page(UUID programmeId, String qualityScale) {
        SettingsService.Rules rules = settings.rules();
        var answered = beside.supplyAsync(() -> facts(programmeId, rules, ReportData.Part.ANSWERED).answeredByDay());
        var quality = beside.supplyAsync(() -> QualityOverTime.of(data.waveMeans(programmeId, qualityScale, qualityScale), minimum(rules)));
        Facts.Programme shared = facts(programmeId, rules, ReportData.Part.PEOPLE, ReportData.Part.RELATIONSHIPS, ReportData.Part.MEETINGS,
                ReportData.Part.COMPLETION);
        Facts.Programme facts = new Facts.Programme(shared.participants(), shared.relationships(), shared.meetingsByDay(), shared.lastMeeting(),
                shared.proposals(), shared.completion(), shared.missed(), joined(answered));
        return new PageReports(OverviewReport.of(programmeId, facts, minimum(rules), today(rules)),
                CompletionReport.of(programmeId, facts, minimum(rules), today(rules)), health(programmeId, facts, rules, "month", null, null),
                joined(quality));
    }

    OverviewReport overview(UUID programmeId) {
        SettingsService.Rules rules = settings.rules();
        return OverviewReport.of(programmeId, facts(programmeId, rules, ReportData.Part.PEOPLE, ReportData.Part.RELATIONSHIPS,
                ReportData.Part.MEETINGS, ReportData.Part.COMPLETION), minimum(rules), today(rules));
    }

    HealthReport health(UUID programmeId, String interval, LocalDate from, LocalDate to) {
        SettingsService.Rules rules = settings.rules();
        return health(programmeId, facts(programmeId, rules, ReportData.Part.RELATIONSHIPS, ReportData.Part.MEETINGS, ReportData.Part.ANSWERED),
                rules, interval, from, to);
    }

    private HealthReport health(UUID programmeId, Facts.Programme facts, SettingsService.Rules rules, String interval, LocalDate from,
                                LocalDate to) {
        LocalDate last = to != null ? to : today(rules);
        LocalDate first = from != null ? from : Stream.concat(facts.relationships().stream().map(Facts.Relationship::startedOn),
                facts.meetingsByDay().keySet().stream()).min(LocalDate::compareTo).orElse(last);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return HealthReport.of(programmeId, facts, interval, first, last, ZoneId.of(rules.reportingTimeZone()), minimum(rules));
    }

    AtRiskReport atRisk(UUID programmeId, String instrumentKey, String scaleKey, int limit, String cursor) {
        AtRiskReport.Position after = AtRiskReport.Position.after(cursor);
        SettingsService.Rules rules = settings.rules();
        var drops = beside.supplyAsync(() -> data.drops(programmeId, instrumentKey, scaleKey, rules.atRiskQualityDrop().doubleValue()));
        Facts.Programme facts = facts(programmeId, rules, ReportData.Part.RELATIONSHIPS, ReportData.Part.LAST_MEETINGS, ReportData.Part.MISSED);
        return AtRiskReport.of(programmeId, facts, joined(drops), new AtRiskReport.Thresholds(rules.atRiskQualityDrop(), rules.atRiskMissedCheckIns(),
                rules.atRiskInactivityWeeks(), rules.atRiskAgreementGraceDays()), instrumentKey, scaleKey, today(rules), limit, after);
    }

    MentorsReport mentors(UUID programmeId, String attribute, String instrumentKey, String scaleKey, int limit, String cursor) {
        String after = MentorsReport.after(cursor);
        SettingsService.Rules rules = settings.rules();
        boolean personLevel = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROGRAMME_MANAGER);
        var quality = beside.supplyAsync(() -> personLevel ? data.latestMenteeScores(programmeId, instrumentKey, scaleKey)
                : java.util.Map.<String, Double>of());
        Facts.Programme facts = facts(programmeId, rules, ReportData.Part.PEOPLE, ReportData.Part.RELATIONSHIPS, ReportData.Part.PROPOSALS);
        return MentorsReport.of(programmeId, facts, joined(quality), attribute, minimum(rules), personLevel, limit, after);
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

    /** The result of a query run beside, or its own exception (a 404 or a problem stays what it is). */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
