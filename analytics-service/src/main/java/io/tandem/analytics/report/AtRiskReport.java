package io.tandem.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Active relationships that need a programme manager's attention, each with every reason that applies
 * and the figures behind it: a fall in a side's self-reported quality between two consecutive waves of
 * more than the threshold; at least N check-ins past due unanswered; no meeting (or, without one, no
 * start) in N weeks; an agreement not confirmed by both sides N days after the start. Thresholds are
 * the tenant's settings. Person-level: programme managers and admins only.
 */
@Schema(name = "AtRiskRelationships")
public record AtRiskReport(UUID programmeId, LocalDate asOf, Thresholds thresholds,
                           @Schema(maxLength = 63) String instrumentKey, @Schema(maxLength = 63) String scaleKey,
                           @Schema(description = "Relationships at risk in all, across every page.") int total,
                           @Schema(description = "This page, most reasons first, then the oldest, then by id.", maxItems = 500)
                           List<AtRisk> relationships,
                           @Schema(description = "Where the next page starts; absent on the last page.", nullable = true, maxLength = 200)
                           String nextCursor) {

    /** The list's order: most reasons first, then the oldest relationship, then by id (a total order, so pages never overlap). */
    private static final Comparator<Position> ORDER = Comparator.comparingInt((Position p) -> -p.reasons())
            .thenComparing(Position::startedOn).thenComparing(Position::relationshipId);

    /** Where an item stands in the list's order; a page's cursor is its last item's position, so a page starts right after it. */
    record Position(int reasons, LocalDate startedOn, String relationshipId) {

        static Position of(AtRisk item) {
            return new Position(item.reasons().size(), item.startedOn(), item.relationshipId());
        }

        String cursor() {
            return TextCursor.encode(reasons + "|" + startedOn + "|" + relationshipId);
        }

        /** The position a cursor names, or null for the first page; 400 for a cursor this API did not issue. */
        static Position after(String cursor) {
            String position = TextCursor.decode(cursor);
            if (position == null) {
                return null;
            }
            try {
                String[] parts = position.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalArgumentException();
                }
                return new Position(Integer.parseInt(parts[0]), LocalDate.parse(parts[1]), UUID.fromString(parts[2]).toString());
            } catch (RuntimeException e) {
                throw TextCursor.notIssued();
            }
        }
    }

    @Schema(name = "AtRiskThresholds")
    public record Thresholds(BigDecimal qualityDrop, int missedCheckIns, int inactivityWeeks, int agreementGraceDays) {
    }

    @Schema(name = "AtRiskRelationship")
    public record AtRisk(@Schema(maxLength = 36) String relationshipId, @Schema(maxLength = 200) String mentorId,
                         @Schema(maxLength = 200) String menteeId, @Schema(maxLength = 16) String phase, LocalDate startedOn,
                         @Schema(maxItems = 10) List<Reason> reasons) {
    }

    /** @param figures what the reason rests on; only the fields of its kind are present */
    @Schema(name = "AtRiskReason")
    public record Reason(@Schema(enumeration = {"quality-drop", "missed-check-ins", "no-recent-meeting", "agreement-unconfirmed"}) String reason,
                         @Schema(maxLength = 300) String detail, Figures figures) {
    }

    /** The figures behind a reason, each with the threshold it crossed. */
    @Schema(name = "AtRiskFigures")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Figures(@Schema(description = "quality-drop: mentor or mentee.", maxLength = 8) String side,
                          @Schema(maxLength = 32) String fromWave, @Schema(maxLength = 32) String toWave,
                          Double from, Double to, Double drop,
                          @Schema(description = "missed-check-ins: assignments past due, unanswered.") Integer missed,
                          @Schema(description = "no-recent-meeting: the last meeting, or the start when none was logged.") LocalDate lastActivityOn,
                          Boolean meetingLogged, Double weeksWithoutMeeting,
                          @Schema(description = "agreement-unconfirmed.") Long daysSinceStart,
                          @Schema(description = "The tenant's threshold this reason crossed.") double threshold) {

        static Figures quality(Facts.Drop drop, double threshold) {
            return new Figures(drop.role(), drop.fromWave(), drop.toWave(), drop.from(), drop.to(),
                    Math.round((drop.from() - drop.to()) * 1000) / 1000.0, null, null, null, null, null, threshold);
        }

        static Figures missed(int missed, int threshold) {
            return new Figures(null, null, null, null, null, null, missed, null, null, null, null, threshold);
        }

        static Figures quiet(LocalDate last, boolean logged, double weeks, int threshold) {
            return new Figures(null, null, null, null, null, null, null, last, logged, weeks, null, threshold);
        }

        static Figures unconfirmed(long days, int threshold) {
            return new Figures(null, null, null, null, null, null, null, null, null, null, days, threshold);
        }
    }

    /** @param drops falls of a side's self-reported quality beyond the threshold, in answer order per relationship and side */
    static AtRiskReport of(UUID programmeId, Facts.Programme facts, List<Facts.Drop> drops, Thresholds limits, String instrumentKey,
                           String scaleKey, LocalDate asOf, int limit, Position after) {
        Map<String, List<Facts.Drop>> dropsOf = new HashMap<>();
        drops.forEach(d -> dropsOf.computeIfAbsent(d.relationshipId(), k -> new ArrayList<>()).add(d));
        Map<String, LocalDate> lastMeeting = facts.lastMeeting();
        Map<String, Integer> missed = facts.missed();

        List<AtRisk> atRisk = new ArrayList<>();
        for (Facts.Relationship r : facts.relationships()) {
            if (!r.active()) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            for (Facts.Drop drop : dropsOf.getOrDefault(r.id(), List.of())) {
                reasons.add(new Reason("quality-drop", "the " + drop.role() + "'s quality fell from " + drop.from() + " (" + drop.fromWave()
                        + ") to " + drop.to() + " (" + drop.toWave() + ")", Figures.quality(drop, limits.qualityDrop().doubleValue())));
            }
            int missedHere = missed.getOrDefault(r.id(), 0);
            if (missedHere >= limits.missedCheckIns()) {
                reasons.add(new Reason("missed-check-ins", missedHere + " check-ins past due and unanswered",
                        Figures.missed(missedHere, limits.missedCheckIns())));
            }
            LocalDate lastActivity = lastMeeting.getOrDefault(r.id(), r.startedOn());
            long daysQuiet = ChronoUnit.DAYS.between(lastActivity, asOf);
            if (daysQuiet > limits.inactivityWeeks() * 7L) {
                reasons.add(new Reason("no-recent-meeting", "no meeting logged since " + lastActivity, Figures.quiet(lastActivity,
                        lastMeeting.containsKey(r.id()), Math.round(daysQuiet / 7.0 * 10) / 10.0, limits.inactivityWeeks())));
            }
            long daysSinceStart = ChronoUnit.DAYS.between(r.startedOn(), asOf);
            if (!r.agreementConfirmed() && daysSinceStart > limits.agreementGraceDays()) {
                reasons.add(new Reason("agreement-unconfirmed", "the agreement is not confirmed by both sides " + daysSinceStart
                        + " days after the start", Figures.unconfirmed(daysSinceStart, limits.agreementGraceDays())));
            }
            if (!reasons.isEmpty()) {
                atRisk.add(new AtRisk(r.id(), r.mentorId(), r.menteeId(), r.phase(), r.startedOn(), reasons));
            }
        }
        atRisk.sort(Comparator.comparing(Position::of, ORDER));
        List<AtRisk> page = atRisk.stream().filter(item -> after == null || ORDER.compare(Position.of(item), after) > 0).limit(limit + 1L)
                .toList();
        boolean more = page.size() > limit;
        List<AtRisk> shown = more ? page.subList(0, limit) : page;
        return new AtRiskReport(programmeId, asOf, limits, instrumentKey, scaleKey, atRisk.size(), shown,
                more ? Position.of(shown.get(shown.size() - 1)).cursor() : null);
    }
}
