package io.tandem.survey.rules;

/** How an item is answered, and so what a valid answer looks like. */
public enum AnswerKind {
    LIKERT, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, TEXT, BOOLEAN, IOS;

    /** Inclusion of Other in the Self is a picture choice from 1 (apart) to 7 (overlapping). */
    public static final int IOS_MIN = 1;
    public static final int IOS_MAX = 7;
    /** Longest text answer when a text item does not say. */
    public static final int DEFAULT_TEXT_LENGTH = 10_000;

    /** Whether answers are numbers a scale can score. */
    public boolean numeric() {
        return this == LIKERT || this == NUMBER || this == IOS;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    String label() {
        return name().toLowerCase();
    }
}
