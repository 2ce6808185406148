package io.tandem.survey.psychometrics;

import java.util.List;

/**
 * What can be said about one scale's reliability: a result, or why there is none.
 *
 * @param reliability null unless status is COMPUTED
 * @param note        why there is no number, in words
 */
public record ScalePsychometrics(String key, List<String> items, List<String> reversed, int completeCases, Status status,
                                 ScaleReliability reliability, String note) {

    public enum Status { COMPUTED, TOO_FEW_ITEMS, TOO_FEW_RESPONSES, NO_VARIANCE }
}
