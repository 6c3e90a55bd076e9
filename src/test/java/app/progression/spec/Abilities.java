package app.progression.spec;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.profile.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one athlete may be given, read from the rules-spec rather than from the engine's model: an exercise is
 * out when it is in {@code painful}, when it jumps and the athlete has heel pain, when it needs equipment they
 * lack, or when it belongs to the other training setting.
 */
public final class Abilities {

    /** The ladder has four places; fewer pain-free rungs mean a smaller set. */
    public static final int SET_SIZE = 4;
    private static final String UPPER_BACK_ADD_ON = "UPPER_BACK_PAIN";

    private final Profile profile;
    private final Catalog catalog;

    public Abilities(Profile profile, Catalog catalog) {
        this.profile = profile;
        this.catalog = catalog;
    }

    /** Counts as painful: named in the profile, or a jumping exercise while the heel hurts. */
    public boolean isPainful(Exercise exercise) {
        return profile.painful().contains(exercise.id()) || profile.findings().heelPain() && exercise.jumping();
    }

    public boolean hasEquipmentFor(Exercise exercise) {
        return profile.equipment().containsAll(exercise.equipment());
    }

    /** Outdoors, the indoor exercise an outdoor one replaces is out; indoors, outdoor-only work is out. */
    public boolean suitsSetting(Exercise exercise) {
        return profile.trainsOutdoors() ? exercise.replacedOutdoorsBy() == null : !exercise.outdoorOnly();
    }

    public boolean canDo(Exercise exercise) {
        return !isPainful(exercise) && hasEquipmentFor(exercise) && suitsSetting(exercise);
    }

    /** Ladder entries the athlete can do, by rung, an easier variant before its full exercise. */
    public List<Exercise> doableLadder() {
        return catalog.exercises().stream()
                .filter(exercise -> exercise.kind() == ExerciseKind.STRENGTH && exercise.rung() != null)
                .filter(this::canDo)
                .sorted(Comparator.comparingInt((Exercise exercise) -> exercise.rung())
                        .thenComparing(exercise -> exercise.easierVariantOf() == null))
                .toList();
    }

    /** The first min(4, n) rungs that hold an entry the athlete can do: week 1's set, one exercise per rung. */
    public List<Integer> startingRungs() {
        List<Integer> rungs = new ArrayList<>();
        for (Exercise entry : doableLadder()) {
            if (!rungs.contains(entry.rung()) && rungs.size() < SET_SIZE) {
                rungs.add(entry.rung());
            }
        }
        return rungs;
    }

    /** The entries of one rung the athlete can do (either variant may open week 1). */
    public List<Exercise> doableOnRung(int rung) {
        return doableLadder().stream().filter(entry -> entry.rung() == rung).toList();
    }

    /** Upper-back pain adds the catalog's upper-back add-ons to every strength session, those the athlete can do. */
    public List<Exercise> addOns() {
        if (!profile.findings().upperBackPain()) {
            return List.of();
        }
        return catalog.exercises().stream()
                .filter(exercise -> UPPER_BACK_ADD_ON.equals(exercise.addOnFor()) && canDo(exercise))
                .toList();
    }

    /** Strength sessions a week: none at all when no rung is pain-free, else the profile's number. */
    public int strengthSessionsPerWeek() {
        return startingRungs().isEmpty() ? 0 : profile.strengthSessionsPerWeek();
    }
}
