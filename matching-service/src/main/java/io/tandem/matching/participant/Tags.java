package io.tandem.matching.participant;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Normalises free-text tags so that "Java", "java " and a tenant's synonym "JVM languages" (if
 * mapped) are one tag: trimmed, inner whitespace collapsed to one space, lower case (root locale),
 * then the synonym map (keys already normalised) applied once. Empty tags are dropped; the result is
 * sorted and distinct.
 */
public final class Tags {

    private Tags() {
    }

    public static String normalise(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static List<String> normalise(Collection<String> tags, Map<String, String> synonyms) {
        TreeSet<String> result = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String plain = normalise(tag);
                if (!plain.isEmpty()) {
                    result.add(synonyms.getOrDefault(plain, plain));
                }
            }
        }
        return List.copyOf(result);
    }
}
