package app.progression.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the catalog: a strength exercise (on the ladder or an add-on), a stretch or a warm-up item.
 * Strength exercises are dosed by the catalog's strength dose; the others carry their own sets, reps or holds.
 */
public record Exercise(
        String id,
        String name,
        ExerciseKind kind,
        Integer rung,
        String region,
        String easierVariantOf,
        Set<Equipment> equipment,
        Set<BodyArea> targets,
        boolean perSide,
        int secondsPerRep,
        int sets,
        int reps,
        int holdSeconds,
        boolean outdoorOnly,
        boolean jumping,
        String replacedOutdoorsBy,
        String addOnFor,
        int fixedReps,
        String howTo) {

    public Exercise {
        // Enum sets iterate in a fixed order, so a catalog reads (and fingerprints) the same on every run.
        equipment = inOrder(equipment, Equipment.class);
        targets = inOrder(targets, BodyArea.class);
    }

    private static <E extends Enum<E>> Set<E> inOrder(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }

    public boolean isStrength() {
        return kind == ExerciseKind.STRENGTH;
    }

    public boolean isOnLadder() {
        return isStrength() && rung != null;
    }

    public boolean isEasierVariant() {
        return easierVariantOf != null;
    }

    /** Harder on the ladder: a later rung, or the full exercise of the easier variant this is compared with. */
    public boolean isHarderThan(Exercise other) {
        if (rung == null || other.rung == null) {
            return false;
        }
        if (!rung.equals(other.rung)) {
            return rung > other.rung;
        }
        return other.isEasierVariant() && !isEasierVariant();
    }

    /** Position in ladder order: rung first, an easier variant just before its full exercise. */
    public int ladderRank() {
        return rung == null ? 0 : rung * 2 - (isEasierVariant() ? 1 : 0);
    }

    public int sides() {
        return perSide ? 2 : 1;
    }

    @Override
    public String toString() {
        return id;
    }
}
