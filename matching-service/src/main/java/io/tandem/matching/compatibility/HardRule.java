package io.tandem.matching.compatibility;

/** Rules that remove a pair whatever its score. */
public enum HardRule {
    SAME_PERSON, MANAGEMENT_CHAIN, SENIORITY, EXCLUSION, NO_SHARED_LANGUAGE
}
