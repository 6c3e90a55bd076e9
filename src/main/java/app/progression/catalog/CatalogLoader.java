package app.progression.catalog;

import app.progression.InvalidInputException;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the built-in catalog, or a coach's own file that replaces or extends it, and refuses a bad entry. */
public final class CatalogLoader {

    private static final String BUILT_IN = "/catalog/catalog.json";

    private CatalogLoader() {
    }

    /** The file format: a strength dose, timing rules, a warm-up routine and the exercises. */
    record CatalogFile(StrengthDose strengthDose, Integer restSecondsBetweenSets, Integer setupSecondsPerExercise,
            List<DoseItem> warmUp, List<Exercise> exercises, Boolean extendsBuiltIn) {
    }

    public static Catalog builtIn() {
        InputStream in = CatalogLoader.class.getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IllegalStateException("The built-in catalog " + BUILT_IN + " is missing from the build");
        }
        return build(Json.bind(Json.readTree(in, "built-in catalog"), CatalogFile.class, "built-in catalog"), null,
                "built-in catalog");
    }

    /**
     * A coach's catalog. With {@code "extendsBuiltIn": true} its entries are added to the built-in ones (an entry
     * with a built-in id replaces it) and missing settings are inherited; otherwise it stands alone.
     */
    public static Catalog load(Path file) {
        String what = "catalog " + file;
        JsonNode tree = Json.readTree(file, "Catalog");
        checkNamedValues(tree, what);
        CatalogFile own = Json.bind(tree, CatalogFile.class, what);
        return build(own, Boolean.TRUE.equals(own.extendsBuiltIn()) ? builtIn() : null, what);
    }

    /** Unknown equipment, body areas or kinds, named by the entry they are in (binding would only give a path). */
    private static void checkNamedValues(JsonNode tree, String what) {
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : tree.path("exercises")) {
            String at = "exercise '" + entry.path("id").asText("?") + "'";
            checkValues(entry.path("equipment"), Equipment.class, at, "equipment", problems);
            checkValues(entry.path("targets"), BodyArea.class, at, "targets", problems);
            checkValues(entry.path("kind"), ExerciseKind.class, at, "kind", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static <E extends Enum<E>> void checkValues(JsonNode values, Class<E> type, String at, String field,
            List<String> problems) {
        Set<String> known = new java.util.TreeSet<>();
        for (E value : type.getEnumConstants()) {
            known.add(value.name());
        }
        List<JsonNode> items = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(items::add);
        } else if (!values.isMissingNode() && !values.isNull()) {
            items.add(values);
        }
        for (JsonNode item : items) {
            if (!item.isTextual() || !known.contains(item.asText())) {
                problems.add(at + " has unknown " + field + " " + item + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private static Catalog build(CatalogFile file, Catalog base, String what) {
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        if (base != null) {
            base.exercises().forEach(exercise -> exercises.put(exercise.id(), exercise));
        }
        Set<String> seen = new HashSet<>();
        List<Exercise> own = file.exercises() == null ? List.of() : file.exercises();
        for (int i = 0; i < own.size(); i++) {
            Exercise exercise = own.get(i);
            if (exercise == null) {
                throw new InvalidInputException(what + ": exercises[" + i + "] is empty (null).");
            }
            if (exercise.id() == null || exercise.id().isBlank()) {
                throw new InvalidInputException(what + ": an exercise has no id.");
            }
            if (!seen.add(exercise.id())) {
                throw new InvalidInputException(what + ": exercise id '" + exercise.id() + "' appears twice.");
            }
            exercises.put(exercise.id(), exercise);
        }
        StrengthDose dose = pick(file.strengthDose(), base == null ? null : base.strengthDose(), what, "strengthDose");
        int rest = pick(file.restSecondsBetweenSets(), base == null ? null : base.restSecondsBetweenSets(), what,
                "restSecondsBetweenSets");
        int setup = pick(file.setupSecondsPerExercise(), base == null ? null : base.setupSecondsPerExercise(), what,
                "setupSecondsPerExercise");
        List<DoseItem> warmUp = pick(file.warmUp(), base == null ? null : base.warmUp(), what, "warmUp");
        for (int i = 0; i < warmUp.size(); i++) {
            if (warmUp.get(i) == null || warmUp.get(i).id() == null) {
                throw new InvalidInputException(what + ": warmUp[" + i + "] has no exercise id.");
            }
        }
        Catalog catalog = new Catalog(dose, rest, setup, warmUp, exercises.values());
        validate(catalog, what);
        return catalog;
    }

    private static <T> T pick(T own, T inherited, String what, String field) {
        if (own != null) {
            return own;
        }
        if (inherited != null) {
            return inherited;
        }
        throw new InvalidInputException(what + ": '" + field + "' is required.");
    }

    /** Rungs are ladder positions; a coach's ladder is far shorter than this. */
    static final int MAX_RUNG = 100;

    /** What is wrong with a stretch or warm-up dose: 1-20 sets of either 1-100 repetitions or a 1-600 s hold. */
    private static Optional<String> doseProblem(int sets, int reps, int holdSeconds) {
        if (sets < 1 || sets > 20) {
            return Optional.of("sets must be between 1 and 20, not " + sets);
        }
        if (reps < 0 || reps > 100 || holdSeconds < 0 || holdSeconds > 600) {
            return Optional.of("reps must be between 0 and 100 and holdSeconds between 0 and 600");
        }
        if ((reps > 0) == (holdSeconds > 0)) {
            return Optional.of("needs either reps or holdSeconds, not both or neither");
        }
        return Optional.empty();
    }

    private static void validate(Catalog catalog, String what) {
        List<String> problems = new ArrayList<>();
        StrengthDose dose = catalog.strengthDose();
        if (dose.sets() < 1 || dose.sets() > 10 || dose.minReps() < 1 || dose.maxReps() < dose.minReps()
                || dose.maxReps() > 50) {
            problems.add("strengthDose must have 1-10 sets and 1 <= minReps <= maxReps <= 50");
        }
        if (catalog.restSecondsBetweenSets() < 0 || catalog.restSecondsBetweenSets() > 600) {
            problems.add("restSecondsBetweenSets must be between 0 and 600");
        }
        if (catalog.setupSecondsPerExercise() < 0 || catalog.setupSecondsPerExercise() > 600) {
            problems.add("setupSecondsPerExercise must be between 0 and 600");
        }
        for (Exercise exercise : catalog.exercises()) {
            String at = "exercise '" + exercise.id() + "'";
            if (exercise.kind() == null) {
                problems.add(at + " has no kind (STRENGTH, FLEXIBILITY or WARM_UP)");
                continue;
            }
            if (exercise.name() == null || exercise.name().isBlank()) {
                problems.add(at + " has no name");
            }
            if (exercise.isStrength()) {
                if (exercise.secondsPerRep() < 1 || exercise.secondsPerRep() > 20) {
                    problems.add(at + ": secondsPerRep must be between 1 and 20");
                }
                if (exercise.rung() == null && exercise.addOnFor() == null) {
                    problems.add(at + " is a strength exercise with neither a rung nor addOnFor");
                }
                if (exercise.rung() != null && (exercise.rung() < 1 || exercise.rung() > MAX_RUNG)) {
                    problems.add(at + ": rung must be from 1 to " + MAX_RUNG);
                }
                if (exercise.addOnFor() != null && (exercise.fixedReps() < dose.minReps()
                        || exercise.fixedReps() > dose.maxReps())) {
                    problems.add(at + ": fixedReps of an add-on must lie within the strength dose");
                }
            } else if (exercise.kind() == ExerciseKind.FLEXIBILITY) {
                doseProblem(exercise.sets(), exercise.reps(), exercise.holdSeconds())
                        .ifPresent(problem -> problems.add(at + ": " + problem));
            }
            if (!exercise.isStrength() && (exercise.secondsPerRep() < 0 || exercise.secondsPerRep() > 20)) {
                problems.add(at + ": secondsPerRep must be between 0 and 20");
            } else if (exercise.reps() > 0 && exercise.secondsPerRep() < 1) {
                problems.add(at + ": reps need secondsPerRep of 1 or more");
            }
            if (exercise.easierVariantOf() != null) {
                Exercise full = catalog.find(exercise.easierVariantOf()).orElse(null);
                if (full == null) {
                    problems.add(at + " is an easier variant of '" + exercise.easierVariantOf()
                            + "', which is not in the catalog");
                } else if (full.rung() == null || !full.rung().equals(exercise.rung())) {
                    problems.add(at + " must be on the same rung as its full exercise '" + full.id() + "'");
                }
            }
            if (exercise.replacedOutdoorsBy() != null) {
                Exercise outdoor = catalog.find(exercise.replacedOutdoorsBy()).orElse(null);
                if (outdoor == null || !outdoor.outdoorOnly()) {
                    problems.add(at + " is replaced outdoors by '" + exercise.replacedOutdoorsBy()
                            + "', which must be in the catalog and marked outdoorOnly");
                }
            }
        }
        for (DoseItem item : catalog.warmUp()) {
            String at = "warm-up item '" + item.id() + "'";
            Exercise exercise = catalog.find(item.id()).orElse(null);
            if (exercise == null) {
                problems.add(at + " is not in the catalog");
                continue;
            }
            doseProblem(item.sets(), item.reps(), item.holdSeconds()).ifPresent(problem -> problems.add(at + ": "
                    + problem));
            if (item.reps() > 0 && exercise.secondsPerRep() < 1) {
                problems.add(at + ": reps need the exercise's secondsPerRep of 1 or more");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }
}
