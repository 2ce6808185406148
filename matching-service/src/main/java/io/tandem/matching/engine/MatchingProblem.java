package io.tandem.matching.engine;

import java.util.Arrays;

/**
 * Mentors with capacities, mentees, and the allowed pairs with integer scores 0..1000, stored by
 * mentor in compressed rows (one int per pair for the mentee and one for the score) so that a
 * dense 2,000 x 10,000 instance fits in about 160 MB. Indices are 0-based; a pair that is absent is
 * forbidden.
 */
public final class MatchingProblem {

    public static final int MAX_SCORE = 1000;

    private final int mentors;
    private final int mentees;
    private final int[] capacity;
    private final int[] rowStart;
    private final int[] menteeOf;
    private final int[] scoreOf;

    private MatchingProblem(int mentors, int mentees, int[] capacity, int[] rowStart, int[] menteeOf, int[] scoreOf) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.capacity = capacity;
        this.rowStart = rowStart;
        this.menteeOf = menteeOf;
        this.scoreOf = scoreOf;
    }

    public int mentors() {
        return mentors;
    }

    public int mentees() {
        return mentees;
    }

    public int capacity(int mentor) {
        return capacity[mentor];
    }

    public long pairs() {
        return rowStart[mentors];
    }

    /** First index into {@link #menteeAt}/{@link #scoreAt} of the mentor's pairs; they end at rowStart(mentor + 1). */
    public int rowStart(int mentor) {
        return rowStart[mentor];
    }

    public int menteeAt(int index) {
        return menteeOf[index];
    }

    public int scoreAt(int index) {
        return scoreOf[index];
    }

    /** Score of a pair, or -1 when the pair is not allowed. */
    public int score(int mentor, int mentee) {
        int from = rowStart[mentor];
        int to = rowStart[mentor + 1];
        int at = Arrays.binarySearch(menteeOf, from, to, mentee);
        return at >= 0 ? scoreOf[at] : -1;
    }

    public static Builder builder(int mentors, int mentees, int[] capacity) {
        return new Builder(mentors, mentees, capacity);
    }

    /** Collects pairs in any order; {@link #build} sorts them by mentor then mentee and refuses duplicates. */
    public static final class Builder {
        private final int mentors;
        private final int mentees;
        private final int[] capacity;
        private long[] packed = new long[1024];
        private int size;

        private Builder(int mentors, int mentees, int[] capacity) {
            if (mentors < 0 || mentors >= 1 << 22 || mentees < 0 || capacity.length != mentors) {
                throw new IllegalArgumentException("need one capacity per mentor");
            }
            for (int c : capacity) {
                if (c < 0) {
                    throw new IllegalArgumentException("capacities must be >= 0");
                }
            }
            this.mentors = mentors;
            this.mentees = mentees;
            this.capacity = capacity.clone();
        }

        public Builder expectPairs(long pairs) {
            if (pairs > packed.length) {
                packed = Arrays.copyOf(packed, Math.toIntExact(pairs));
            }
            return this;
        }

        /** Packs the pair as mentor (22 bits), mentee (31 bits) and score (11 bits) into one long, which sorts by mentor then mentee. */
        public Builder pair(int mentor, int mentee, int score) {
            if (mentor < 0 || mentor >= mentors || mentee < 0 || mentee >= mentees) {
                throw new IllegalArgumentException("pair (" + mentor + ", " + mentee + ") is outside the problem");
            }
            if (score < 0 || score > MAX_SCORE) {
                throw new IllegalArgumentException("score " + score + " is outside 0.." + MAX_SCORE);
            }
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, size * 2L)));
            }
            packed[size++] = ((long) mentor << 42) | ((long) mentee << 11) | score;
            return this;
        }

        public MatchingProblem build() {
            long[] sorted = packed;
            packed = null;
            Arrays.sort(sorted, 0, size);
            int[] rowStart = new int[mentors + 1];
            int[] menteeOf = new int[size];
            int[] scoreOf = new int[size];
            long previousKey = -1;
            for (int k = 0; k < size; k++) {
                long key = sorted[k] >>> 11;
                if (key == previousKey) {
                    throw new IllegalArgumentException("pair (" + (key >>> 31) + ", " + (key & 0x7fffffffL) + ") appears twice");
                }
                previousKey = key;
                int mentor = (int) (sorted[k] >>> 42);
                rowStart[mentor + 1]++;
                menteeOf[k] = (int) ((sorted[k] >>> 11) & 0x7fffffffL);
                scoreOf[k] = (int) (sorted[k] & 0x7ff);
            }
            for (int j = 0; j < mentors; j++) {
                rowStart[j + 1] += rowStart[j];
            }
            return new MatchingProblem(mentors, mentees, capacity, rowStart, menteeOf, scoreOf);
        }
    }
}
