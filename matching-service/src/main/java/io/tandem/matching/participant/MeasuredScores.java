package io.tandem.matching.participant;

import io.tandem.matching.compatibility.Motives;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.survey.SurveyScores;

import java.util.List;
import java.util.Map;

/**
 * The survey scores compatibility uses, fetched before any transaction: mentors' motives and (when
 * the programme takes the need from the survey) mentees' support need, each person's from one
 * response no older than the programme allows.
 */
public record MeasuredScores(Map<String, Map<String, Double>> mentors, Map<String, Map<String, Double>> mentees) {

    public static MeasuredScores fetch(SurveyScores survey, MatchingSettings settings, List<String> mentorIds, List<String> menteeIds) {
        Map<String, Map<String, Double>> motives = survey.latest(settings.motiveInstrument(), mentorIds,
                CompatibilityInputs.MOTIVE_SCALES, settings.maxScoreAgeDays()).byPerson();
        Map<String, Map<String, Double>> needs = settings.supportNeedSource() == MatchingSettings.SupportNeedSource.SURVEY
                ? survey.latest(settings.needsInstrument(), menteeIds, CompatibilityInputs.NEED_SCALES, settings.maxScoreAgeDays()).byPerson()
                : Map.of();
        return new MeasuredScores(motives, needs);
    }

    /** A mentor's motives, or null without a recent enough response. */
    public Motives motives(String mentorId) {
        return CompatibilityInputs.motives(mentors.get(mentorId));
    }

    /** A mentee's support-need score on its own scale, or null. */
    public Double need(String menteeId) {
        return CompatibilityInputs.measuredNeed(mentees.get(menteeId));
    }
}
