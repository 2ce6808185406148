package io.tandem.support.privacy;

/**
 * What a service deletes outright when a person is erased, before {@link PersonData#scrub} replaces the
 * person's id everywhere with a pseudonym: answers, free texts, profiles, and scores unless a study's
 * consent lets them stay as pseudonymous data. Runs in the erasure's transaction.
 */
public interface PersonErasureSteps {

    /** @return rows changed or deleted */
    int eraseContent(String tenant, String personId, boolean keepPseudonymousScores);
}
