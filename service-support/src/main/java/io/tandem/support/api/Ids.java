package io.tandem.support.api;

import io.tandem.support.problem.ProblemException;

import java.util.UUID;

/**
 * Reads an id from a path. Taken as text and parsed here so that "not-a-uuid" is answered as the
 * client's mistake (400 naming the parameter) rather than a bare 404.
 */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String name, String raw) {
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException(raw);
            }
            return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(name, "must be a UUID such as 0192f5a4-7c1e-7d3a-9b2e-3f4a5b6c7d8e");
        }
    }
}
