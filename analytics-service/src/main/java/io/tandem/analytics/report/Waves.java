package io.tandem.analytics.report;

import java.util.Comparator;

/** Waves in the order they happen: baseline, check-in-1, check-in-2, …, closing, follow-up, follow-up-2, …; others last by name. */
final class Waves {

    static final Comparator<String> ORDER = Comparator.comparingInt(Waves::rank).thenComparing(Comparator.naturalOrder());

    private Waves() {
    }

    private static int rank(String wave) {
        if (wave.equals("baseline")) {
            return 0;
        }
        if (wave.startsWith("check-in-")) {
            return 1 + number(wave.substring("check-in-".length()));
        }
        if (wave.equals("closing")) {
            return 10_000;
        }
        if (wave.startsWith("follow-up")) {
            return 10_001 + (wave.equals("follow-up") ? 0 : number(wave.substring("follow-up-".length())));
        }
        return 20_000;
    }

    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 9_000;
        }
    }
}
