package io.tandem.survey.definition;

/** Size bounds of an instrument definition; each appears in the OpenAPI document through the annotations that use it. */
public final class Limits {

    public static final int MAX_ITEMS = 300;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_ANCHORS = 11;
    public static final int MAX_SCALES = 60;
    public static final int MAX_SCALE_ITEMS = 100;
    public static final int MAX_INDICES = 20;
    public static final int MAX_BANDS = 10;
    public static final int MAX_LOCALES = 50;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LABEL = 200;
    public static final int MAX_TEXT_ANSWER = io.tandem.survey.rules.AnswerKind.DEFAULT_TEXT_LENGTH;
    public static final int MAX_CONSTRUCT = 200;
    public static final int MAX_SOURCE = 500;
    /** Longest strings the patterns below admit, stated in the contract next to them. */
    public static final int LINK_ID_LENGTH = 64;
    public static final int KEY_LENGTH = 63;
    public static final int LOCALE_LENGTH = 21;
    public static final String LINK_ID = "[A-Za-z][A-Za-z0-9_.-]{0,63}";
    public static final String KEY = "[a-z][a-z0-9-]{0,62}";
    public static final String LOCALE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}";

    private Limits() {
    }
}
