package io.tandem.survey.reliability;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.instrument.InstrumentCatalog;
import io.tandem.survey.instrument.InstrumentStatus;
import io.tandem.survey.instrument.InstrumentVersion;
import io.tandem.survey.response.SubmittedResponses;
import io.tandem.survey.rules.FormSpec;
import io.tandem.survey.rules.InstrumentPsychometrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** Reliability of an instrument version's scales from the tenant's submitted responses. */
@ApplicationScoped
public class ReliabilityService {


    @Inject
    InstrumentCatalog catalog;

    @Inject
    SubmittedResponses submitted;

    @Inject
    PsychometricsConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReliabilityReport report(String key, int version, MissingDataRule rule, SubmittedResponses.Filter filter) {
        InstrumentVersion instrument = catalog.resolve(key, version)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No version " + version + " of instrument '" + key + "'."));
        if (instrument.status() == InstrumentStatus.DRAFT) {
            throw ProblemException.conflict("Version " + version + " of '" + key + "' is a draft and has no responses.");
        }
        FormSpec form = FormSpecs.of(instrument.definition());
        List<Map<String, Object>> answers = submitted.answersTo(instrument.id(), filter);
        List<ReliabilityReport.ScaleReport> scales = InstrumentPsychometrics.analyse(form, answers, rule.mode, config.confidenceLevel(),
                        new InstrumentPsychometrics.Minimums(config.minItems(), config.minResponses())).stream()
                .map(ReliabilityReport::scale).toList();
        return new ReliabilityReport(key, version, answers.size(), rule, InstrumentPsychometrics.rule(rule.mode), ReliabilityReport.Filters.of(filter),
                config.confidenceLevel(), "not reported", scales);
    }
}
