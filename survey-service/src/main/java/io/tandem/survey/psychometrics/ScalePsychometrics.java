package io.tandem.survey.psychometrics;

import java.util.List;

/**
 * What can be said about one scale's reliability: a result, or why there is none.
 *
 * @param form        the skip-logic condition that shows the scale's items (e.g. "rater equals protege"): the form or
 *                    rater the scale belongs to; null when every response sees it
 * @param eligible    responses in which skip logic showed every item of the scale (the others are not missing: the
 *                    scale was not theirs to answer)
 * @param cases       responses the missing-data rule used
 * @param reliability null unless status is COMPUTED
 * @param note        why there is no number, in words
 * @param warnings    in words: negative alpha, items correlating negatively with the rest, constant items
 */
public record ScalePsychometrics(String key, List<String> items, List<String> reversed, String form, int eligible, int cases,
                                 Status status, ScaleReliability reliability, String note, List<String> warnings) {

    public enum Status { COMPUTED, TOO_FEW_ITEMS, TOO_FEW_RESPONSES, NO_VARIANCE }
}
