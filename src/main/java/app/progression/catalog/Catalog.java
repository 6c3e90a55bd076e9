package app.progression.catalog;

import app.progression.io.Fingerprints;
import app.progression.io.Json;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercises the engine may plan, with the timing rules that turn a dose into minutes.
 * Built by {@link CatalogLoader}, which validates it.
 */
public final class Catalog {

    private final StrengthDose strengthDose;
    private final int restSecondsBetweenSets;
    private final int setupSecondsPerExercise;
    private final List<DoseItem> warmUp;
    private final Map<String, Exercise> exercisesById;
    private String fingerprint;

    Catalog(StrengthDose strengthDose, int restSecondsBetweenSets, int setupSecondsPerExercise,
            List<DoseItem> warmUp, Collection<Exercise> exercises) {
        this.strengthDose = strengthDose;
        this.restSecondsBetweenSets = restSecondsBetweenSets;
        this.setupSecondsPerExercise = setupSecondsPerExercise;
        this.warmUp = List.copyOf(warmUp);
        this.exercisesById = new LinkedHashMap<>();
        exercises.forEach(exercise -> exercisesById.put(exercise.id(), exercise));
    }

    /**
     * {@code sha256:...} of the catalog's content (whichever file it came from), which a plan file records so that
     * it is never read with another catalog.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("strengthDose", strengthDose);
            content.put("restSecondsBetweenSets", restSecondsBetweenSets);
            content.put("setupSecondsPerExercise", setupSecondsPerExercise);
            content.put("warmUp", warmUp);
            content.put("exercises", exercisesById.values());
            fingerprint = Fingerprints.of(Json.MAPPER.valueToTree(content));
        }
        return fingerprint;
    }

    public StrengthDose strengthDose() {
        return strengthDose;
    }

    public int restSecondsBetweenSets() {
        return restSecondsBetweenSets;
    }

    public int setupSecondsPerExercise() {
        return setupSecondsPerExercise;
    }

    public List<DoseItem> warmUp() {
        return warmUp;
    }

    public Collection<Exercise> exercises() {
        return exercisesById.values();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercisesById.get(id));
    }

    public Exercise get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No exercise " + id + " in the catalog"));
    }

    /** Strength exercises on the ladder, easiest first. */
    public List<Exercise> ladder() {
        return exercises().stream().filter(Exercise::isOnLadder)
                .sorted(Comparator.comparingInt(Exercise::ladderRank)).toList();
    }

    /** Working time of a strength exercise: every repetition at its tempo, rests between sets, setting up. */
    public int strengthSeconds(Exercise exercise, int sets, int reps) {
        return sets * reps * exercise.secondsPerRep() * exercise.sides()
                + (sets - 1) * restSecondsBetweenSets + setupSecondsPerExercise;
    }

    /** Time of a stretch, release or warm-up item at its own dose. */
    public int seconds(Exercise exercise) {
        return seconds(exercise, exercise.sets(), exercise.reps(), exercise.holdSeconds());
    }

    public int seconds(Exercise exercise, int sets, int reps, int holdSeconds) {
        int perSet = reps > 0 ? reps * exercise.secondsPerRep() : holdSeconds;
        return sets * perSet * exercise.sides() + setupSecondsPerExercise;
    }

    public int minutes(Exercise exercise) {
        return ceilMinutes(seconds(exercise));
    }

    public int warmUpMinutes() {
        int seconds = warmUp.stream()
                .mapToInt(item -> seconds(get(item.id()), item.sets(), item.reps(), item.holdSeconds())).sum();
        return ceilMinutes(seconds);
    }

    public static int ceilMinutes(int seconds) {
        return (seconds + 59) / 60;
    }
}
