package io.tandem.matching.relationship;

import io.tandem.matching.programme.CheckInSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The check-in waves of one relationship, from its programme's settings: baseline at the start, a
 * check-in every N weeks while it runs (until it ends, or its planned end), closing at the end and an
 * optional follow-up after it. Each wave is open for {@code dueWithinDays}.
 */
@Schema(name = "CheckInPlan", description = "The waves each side of the relationship answers, with their dates and instruments.")
public record CheckInPlan(@Schema(maxItems = MAX_WAVES) List<Wave> waves) {

    /** Check-ins past this many are not planned (a weekly check-in over years would flood both people). */
    static final int MAX_WAVES = 200;

    @Schema(name = "CheckInWave")
    public record Wave(@Schema(example = "check-in-2", maxLength = 32) String wave, LocalDate opensOn, LocalDate dueOn,
                       @Schema(maxItems = 10) List<CheckInSettings.Answering> mentor,
                       @Schema(maxItems = 10) List<CheckInSettings.Answering> mentee) {
    }

    static CheckInPlan of(Relationship relationship, CheckInSettings settings) {
        LocalDate end = relationship.endedOn != null ? relationship.endedOn : relationship.plannedEndOn;
        int open = settings.dueWithinDays();
        List<Wave> waves = new ArrayList<>();
        waves.add(wave("baseline", relationship.startedOn, open, settings.baseline()));
        for (int n = 1; waves.size() < MAX_WAVES - 2; n++) {
            LocalDate opens = relationship.startedOn.plusWeeks((long) n * settings.everyWeeks());
            if (!opens.isBefore(end)) {
                break;
            }
            waves.add(wave("check-in-" + n, opens, open, settings.checkIn()));
        }
        waves.add(wave("closing", end, open, settings.closing()));
        if (settings.followUpWeeks() != null) {
            waves.add(wave("follow-up", end.plusWeeks(settings.followUpWeeks()), open, settings.followUp()));
        }
        return new CheckInPlan(List.copyOf(waves));
    }

    private static Wave wave(String name, LocalDate opens, int openDays, CheckInSettings.WaveInstruments instruments) {
        return new Wave(name, opens, opens.plusDays(openDays), instruments.mentor() == null ? List.of() : instruments.mentor(),
                instruments.mentee() == null ? List.of() : instruments.mentee());
    }
}
