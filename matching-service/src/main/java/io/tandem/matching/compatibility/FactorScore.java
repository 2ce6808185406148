package io.tandem.matching.compatibility;

/** One factor's score (0..1000), its weight in the programme, and why, in words. */
public record FactorScore(Factor factor, int score, int weight, String explanation) {
}
