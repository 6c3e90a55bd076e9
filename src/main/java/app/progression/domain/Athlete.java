package app.progression.domain;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.catalog.StrengthDose;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The athlete-level facts the constraints read: what hurts, what they own, where they train, what their self-tests
 * found (as a value per body area, and the areas that are findings), their weekly targets and the catalog's dose
 * and warm-up as they apply to them.
 */
public record Athlete(
        String id,
        Set<String> painful,
        boolean heelPain,
        Set<Equipment> equipment,
        boolean trainsOutdoors,
        Map<BodyArea, Integer> focus,
        Set<BodyArea> findingAreas,
        int strengthSessionsPerWeek,
        StrengthDose dose,
        int maxRepIncreasePerWeek,
        List<Integer> startingRungs,
        int warmupMinutes,
        RunningLoad running,
        Map<String, Integer> painfulFromWeek) {

    public Athlete {
        painful = Set.copyOf(painful);
        equipment = Set.copyOf(equipment);
        focus = Map.copyOf(focus);
        findingAreas = Set.copyOf(findingAreas);
        startingRungs = List.copyOf(startingRungs);
        painfulFromWeek = Map.copyOf(painfulFromWeek);
    }

    /** On the athlete's painful list, or a jumping exercise while their heel hurts. */
    public boolean findsPainful(Exercise exercise) {
        return painful.contains(exercise.id()) || heelPain && exercise.jumping();
    }

    /** Painful in {@code week}: painful at all, or logged with pain before that week. */
    public boolean findsPainfulIn(Exercise exercise, int week) {
        Integer from = painfulFromWeek.get(exercise.id());
        return findsPainful(exercise) || from != null && week >= from;
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
        int value = 0;
        for (BodyArea area : stretch.targets()) {
            value += focus.getOrDefault(area, 0);
        }
        return value;
    }

    /** Whether a stretch or release works on something the self-tests found. */
    public boolean servesAFinding(Exercise stretch) {
        for (BodyArea area : stretch.targets()) {
            if (findingAreas.contains(area)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasFindings() {
        return !findingAreas.isEmpty();
    }
}
