package app.progression.domain;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.catalog.StrengthDose;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The athlete-level facts the constraints read: what hurts, what they own, where they train, what their
 * self-tests found (as a value per body area) and the weekly targets.
 */
public record Athlete(
        String id,
        Set<String> painful,
        Set<Equipment> equipment,
        boolean trainsOutdoors,
        Map<BodyArea, Integer> focus,
        int strengthSessionsPerWeek,
        int runsPerWeek,
        StrengthDose dose,
        int maxRepIncreasePerWeek,
        List<Integer> startingRungs) {

    public Athlete {
        painful = Set.copyOf(painful);
        equipment = Set.copyOf(equipment);
        focus = Map.copyOf(focus);
        startingRungs = List.copyOf(startingRungs);
    }

    public boolean findsPainful(Exercise exercise) {
        return painful.contains(exercise.id());
    }

    public boolean lacksEquipmentFor(Exercise exercise) {
        return !equipment.containsAll(exercise.equipment());
    }

    /** Outdoor-only work indoors, or the indoor exercise that an outdoor alternative replaces. */
    public boolean wrongSettingFor(Exercise exercise) {
        return trainsOutdoors ? exercise.replacedOutdoorsBy() != null : exercise.outdoorOnly();
    }

    public boolean canDo(Exercise exercise) {
        return !findsPainful(exercise) && !lacksEquipmentFor(exercise) && !wrongSettingFor(exercise);
    }

    /** How much a stretch serves this athlete: the sum of the focus of the areas it targets. */
    public int focusValue(Exercise stretch) {
        return stretch.targets().stream().mapToInt(area -> focus.getOrDefault(area, 0)).sum();
    }
}
