package io.tandem.analytics.report;

import io.tandem.analytics.statistics.Descriptives;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Selectivity and inclusiveness of mentors (DESIGN.md, research seed 1): how often each mentor declines
 * a proposal, how that rate differs by the mentee's attribute group, how diverse each mentor's protégés
 * are (Blau's index over the attribute), and how consistent the quality of their relationships is (SD of
 * each protégé's latest self-reported quality). Per-mentor rows are for programme managers and admins;
 * researchers get the groups only. A figure over fewer people than the minimum is not shown.
 */
@Schema(name = "MentorSelectivity")
public record MentorsReport(UUID programmeId, @Schema(maxLength = 63) String attribute, int minGroupSize,
                            @Schema(description = "Mentors in the list across every page; 0 for researchers.") int total,
                            @Schema(maxItems = 500, description = "This page of mentors, by mentor id; empty for researchers.")
                            List<Mentor> mentors,
                            @Schema(description = "Where the next page of mentors starts; absent on the last page.", nullable = true,
                                    maxLength = 300) String nextCursor,
                            @Schema(maxItems = 100, description = "Every group on every page: the groups are not paged.")
                            List<MenteeGroup> byMenteeGroup) {

    @Schema(name = "MentorFigures")
    public record Mentor(@Schema(maxLength = 200) String mentorId,
                         @Schema(description = "Share of the proposals the mentor decided that they declined; n = proposals decided.")
                         Cells.Figure declineRate,
                         @Schema(description = "Protégés (relationships) the mentor has or had.") int proteges,
                         @Schema(description = "Blau's index of the protégés' attribute (1 - Σp²); n = protégés who stated it.")
                         Cells.Figure protegeDiversity,
                         @Schema(description = "SD of the protégés' latest self-reported quality; n = protégés with a score.")
                         Cells.Figure qualitySd) {
    }

    /** @param mentees people in the group (mentees with a proposal a mentor decided) */
    @Schema(name = "DeclinesByMenteeGroup")
    public record MenteeGroup(@Schema(maxLength = 200) String value, @Schema(nullable = true) Integer mentees, Cells.Figure declineRate) {
    }

    /**
     * @param after the mentor id the page starts after (null: the first page); mentors are listed by id, and only the
     *              page's mentors are computed
     */
    static MentorsReport of(UUID programmeId, Facts.Programme facts, Map<String, Double> latestQuality, String attribute, int minimum,
                            boolean personLevel, int limit, String after) {
        Map<String, Facts.Participant> people = new HashMap<>();
        facts.participants().forEach(p -> people.put(p.personId(), p));
        List<Facts.Proposal> decided = facts.proposals().stream().filter(p -> p.mentorDecision() != null).toList();

        List<Mentor> mentors = new ArrayList<>();
        int total = 0;
        String next = null;
        if (personLevel) {
            Map<String, List<Facts.Proposal>> byMentor = new TreeMap<>();
            decided.forEach(p -> byMentor.computeIfAbsent(p.mentorId(), k -> new ArrayList<>()).add(p));
            Map<String, List<Facts.Relationship>> protegesOf = new TreeMap<>();
            facts.relationships().forEach(r -> protegesOf.computeIfAbsent(r.mentorId(), k -> new ArrayList<>()).add(r));
            TreeSet<String> mentorIds = new TreeSet<>(byMentor.keySet());
            mentorIds.addAll(protegesOf.keySet());
            total = mentorIds.size();
            List<String> page = (after == null ? mentorIds : mentorIds.tailSet(after, false)).stream().limit(limit + 1L).toList();
            if (page.size() > limit) {
                page = page.subList(0, limit);
                next = cursor(page.get(limit - 1));
            }
            for (String mentor : page) {
                List<Facts.Proposal> own = byMentor.getOrDefault(mentor, List.of());
                List<Facts.Relationship> relationships = protegesOf.getOrDefault(mentor, List.of());
                Set<String> proteges = new HashSet<>();
                relationships.forEach(r -> proteges.add(r.menteeId()));
                List<String> stated = proteges.stream().map(people::get).filter(p -> p != null && p.diversity().containsKey(attribute))
                        .map(p -> p.diversity().get(attribute)).toList();
                double[] scores = relationships.stream().map(Facts.Relationship::id).filter(latestQuality::containsKey)
                        .mapToDouble(latestQuality::get).toArray();
                mentors.add(new Mentor(mentor, rate(own, minimum), proteges.size(),
                        stated.size() < minimum ? OverviewReport.tooFew(minimum) : Cells.Figure.of(Descriptives.blau(stated), stated.size()),
                        scores.length < Math.max(2, minimum) ? OverviewReport.tooFew(minimum) : Cells.Figure.of(Descriptives.sd(scores), scores.length)));
            }
        }
        return new MentorsReport(programmeId, attribute, minimum, total, mentors, next, groups(decided, people, attribute, minimum));
    }

    static String cursor(String lastMentorId) {
        return TextCursor.encode(lastMentorId);
    }

    /** The mentor id a cursor names, or null for the first page; 400 for a cursor this API did not issue. */
    static String after(String cursor) {
        String mentorId = TextCursor.decode(cursor);
        if (mentorId != null && (mentorId.isBlank() || mentorId.length() > 200)) {
            throw TextCursor.notIssued();
        }
        return mentorId;
    }

    private static Cells.Figure rate(List<Facts.Proposal> decided, int minimum) {
        long declined = decided.stream().filter(p -> p.mentorDecision().equals("decline")).count();
        return decided.size() < minimum ? OverviewReport.tooFew(minimum) : Cells.Figure.of((double) declined / decided.size(), decided.size());
    }

    /** Mentees counted once per group; the decline rate over the proposals their group received. */
    private static List<MenteeGroup> groups(List<Facts.Proposal> decided, Map<String, Facts.Participant> people, String attribute, int minimum) {
        Map<String, List<Facts.Proposal>> proposals = new TreeMap<>();
        Map<String, Set<String>> mentees = new TreeMap<>();
        for (Facts.Proposal p : decided) {
            Facts.Participant mentee = people.get(p.menteeId());
            String value = mentee == null ? "(not stated)" : mentee.diversity().getOrDefault(attribute, "(not stated)");
            proposals.computeIfAbsent(value, k -> new ArrayList<>()).add(p);
            mentees.computeIfAbsent(value, k -> new HashSet<>()).add(p.menteeId());
        }
        Map<String, Integer> sizes = new TreeMap<>();
        mentees.forEach((value, set) -> sizes.put(value, set.size()));
        Map<String, Cells.Count> shown = new HashMap<>();
        Cells.counts(sizes, minimum).forEach(c -> shown.put(c.group(), c));
        List<MenteeGroup> groups = new ArrayList<>();
        proposals.forEach((value, list) -> {
            Cells.Count count = shown.get(value);
            if (count.n() == null) {
                groups.add(new MenteeGroup(value, null, Cells.Figure.hidden(count.note())));
            } else {
                long declined = list.stream().filter(p -> p.mentorDecision().equals("decline")).count();
                groups.add(new MenteeGroup(value, count.n(), new Cells.Figure((double) declined / list.size(), list.size(), null)));
            }
        });
        groups.sort(Comparator.comparing(MenteeGroup::value));
        return groups;
    }
}
