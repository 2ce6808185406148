package io.tandem.survey.definition;

import java.util.Locale;
import java.util.Map;

/** Picks the text for a locale from a map of translations, falling back to the language, then the default locale. */
public final class LocalizedText {

    private LocalizedText() {
    }

    public static String pick(Map<String, String> texts, String locale, String defaultLocale) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        if (locale != null) {
            String exact = texts.get(locale);
            if (exact != null) {
                return exact;
            }
            String language = locale.split("-")[0].toLowerCase(Locale.ROOT);
            String byLanguage = texts.get(language);
            if (byLanguage != null) {
                return byLanguage;
            }
        }
        String fallback = texts.get(defaultLocale);
        return fallback != null ? fallback : texts.values().iterator().next();
    }
}
