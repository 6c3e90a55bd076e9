package app.progression.catalog;

import app.progression.InvalidInputException;
import app.progression.io.Json;
import app.progression.io.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the built-in catalog, or a coach's own file that replaces or extends it, and refuses a bad entry. */
public final class CatalogLoader {

    private static final String BUILT_IN = "/catalog/catalog.json";

    /** The shipped JSON Schema of a catalog file. */
    public static final String SCHEMA = "catalog.schema.json";

    /** In a message, an exercise or warm-up item is named by its id as well as its place in the file. */
    private static final Map<String, String> ENTRY_NOUNS = Map.of("exercises", "exercise", "warmUp", "warm-up item");

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
     * with a built-in id replaces it) and missing settings are inherited; otherwise it stands alone. Checked against
     * {@link #SCHEMA} first (which the built-in catalog passes: a test checks it), then for what a schema cannot say.
     */
    public static Catalog load(Path file) {
        String what = "catalog " + file;
        JsonNode tree = Json.readTree(file, "Catalog");
        JsonSchemas.check(SCHEMA, tree, what, ENTRY_NOUNS);
        CatalogFile own = Json.bind(tree, CatalogFile.class, what);
        return build(own, Boolean.TRUE.equals(own.extendsBuiltIn()) ? builtIn() : null, what);
    }

    private static Catalog build(CatalogFile file, Catalog base, String what) {
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        if (base != null) {
            base.exercises().forEach(exercise -> exercises.put(exercise.id(), exercise));
        }
        Set<String> seen = new HashSet<>();
        List<Exercise> own = file.exercises() == null ? List.of() : file.exercises();
        for (Exercise exercise : own) {
            // Unique ids: a schema cannot say it of a property of array items.
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

    /**
     * What the schema cannot say, as it needs more than one entry or an inherited setting: the strength dose's range
     * is not empty, an add-on's repetitions lie within the dose, an easier variant is on its full exercise's rung,
     * an outdoor replacement is outdoor-only, and every warm-up item is a catalog exercise it can time.
     */
    private static void validate(Catalog catalog, String what) {
        List<String> problems = new ArrayList<>();
        StrengthDose dose = catalog.strengthDose();
        if (dose.minReps() > dose.maxReps()) {
            problems.add("strengthDose: minReps (" + dose.minReps() + ") must not be more than maxReps ("
                    + dose.maxReps() + ")");
        }
        for (Exercise exercise : catalog.exercises()) {
            String at = "exercise '" + exercise.id() + "'";
            if (exercise.isStrength() && exercise.addOnFor() != null && (exercise.fixedReps() < dose.minReps()
                    || exercise.fixedReps() > dose.maxReps())) {
                problems.add(at + ": fixedReps of an add-on must lie within the strength dose (" + dose.minReps()
                        + " to " + dose.maxReps() + ")");
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
            } else if (item.reps() > 0 && exercise.secondsPerRep() < 1) {
                problems.add(at + ": reps need the exercise's secondsPerRep of 1 or more");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }
}
