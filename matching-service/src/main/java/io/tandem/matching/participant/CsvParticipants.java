package io.tandem.matching.participant;

import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV upload of participants: a header row naming ParticipantProfile fields (any order,
 * unknown names refused), one participant per row, list fields separated by ';', diversity
 * attributes as columns named "diversity.KEY". A cell that cannot be read is reported on its row.
 */
final class CsvParticipants {

    static final Set<String> COLUMNS = Set.of("personId", "role", "status", "displayName", "careerStage", "currentTrack", "managerId", "managerChain",
            "timeZone", "mentorCapacity", "supportNeed", "languages", "skillsOffered", "learningGoals", "learningInterests", "aspirations",
            "pastTracks", "challengesOvercome", "currentChallenges", "values", "workStyle", "preferences", "researchConsent", "diversityConsent");

    record Parsed(List<ParticipantProfile> profiles, List<List<FieldError>> errors) {
    }

    private CsvParticipants() {
    }

    static Parsed parse(String body, int maxRows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<ParticipantProfile> profiles = new ArrayList<>();
        List<List<FieldError>> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!COLUMNS.contains(column) && !column.startsWith("diversity.")) {
                    throw ProblemException.invalid("header", "unknown column '" + column + "'; columns are " + String.join(", ", COLUMNS.stream().sorted().toList()));
                }
            }
            if (!header.contains("personId") || !header.contains("role")) {
                throw ProblemException.invalid("header", "needs the columns personId and role");
            }
            for (CSVRecord record : parser) {
                if (profiles.size() == maxRows) {
                    throw ProblemException.invalid("body", "has more than " + maxRows + " rows; split the upload");
                }
                List<FieldError> rowErrors = new ArrayList<>();
                profiles.add(profile(record.toMap(), rowErrors));
                errors.add(rowErrors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("body", "is not readable CSV: " + e.getMessage());
        }
        return new Parsed(profiles, errors);
    }

    private static ParticipantProfile profile(Map<String, String> cells, List<FieldError> errors) {
        Map<String, String> diversity = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (column.startsWith("diversity.") && value != null && !value.isEmpty()) {
                diversity.put(column.substring("diversity.".length()), value);
            }
        });
        return new ParticipantProfile(text(cells, "personId"), enumCell(cells, "role", ParticipantRole.class, errors),
                enumCell(cells, "status", ParticipantStatus.class, errors), text(cells, "displayName"),
                number(cells, "careerStage", errors), text(cells, "currentTrack"), text(cells, "managerId"), list(cells, "managerChain"), text(cells, "timeZone"),
                number(cells, "mentorCapacity", errors), number(cells, "supportNeed", errors), list(cells, "languages"),
                list(cells, "skillsOffered"), list(cells, "learningGoals"), list(cells, "learningInterests"), list(cells, "aspirations"),
                list(cells, "pastTracks"), list(cells, "challengesOvercome"), list(cells, "currentChallenges"), list(cells, "values"),
                list(cells, "workStyle"), diversity.isEmpty() ? null : diversity, list(cells, "preferences"),
                bool(cells, "researchConsent", errors), bool(cells, "diversityConsent", errors));
    }

    private static Boolean bool(Map<String, String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            errors.add(new FieldError(column, "must be true or false"));
            return null;
        }
        return Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT));
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String value = text(cells, column);
        return value == null ? null : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer number(Map<String, String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    /** Enum cells use the API's names: mentor, mentee, both; active, on-leave, left. */
    private static <E extends Enum<E>> E enumCell(Map<String, String> cells, String column, Class<E> type, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        errors.add(new FieldError(column, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        return null;
    }
}
