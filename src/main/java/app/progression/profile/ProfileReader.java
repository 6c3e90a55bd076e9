package app.progression.profile;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.Equipment;
import app.progression.io.Json;
import app.progression.io.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a profile: JSON syntax (with line and column), then the shipped JSON Schema (with the field's path), then
 * what a schema cannot say (exercise ids that must exist in the catalog), then defaults.
 */
public final class ProfileReader {

    /** The shipped schema of the file format, under {@code src/main/resources/schema/}. */
    public static final String SCHEMA = "profile.schema.json";

    /** The file format, every field optional here so that the schema's message is the one a user sees. */
    record ProfileFile(AthleteRef athlete, LocalDate startDate, Integer weeks, Map<DayOfWeek, Integer> availableMinutes,
            Integer runsPerWeek, Integer easyRunMinutes, Integer strengthSessionsPerWeek,
            Integer targetWeeklyRunMinutes, Integer minRunMinutes, Integer cutbackEvery, List<String> painful,
            Findings findings, List<Equipment> equipment, List<CrossTraining> crossTraining,
            Integer crossTrainingMinutes, Boolean trainsOutdoors, Integer maxRepIncreasePerWeek,
            List<RedFlag> redFlags, Map<String, Integer> weights) {
    }

    record AthleteRef(String id, String name) {
    }

    private ProfileReader() {
    }

    public static Profile read(Path file, Catalog catalog) {
        return read(Json.readTree(file, "Profile"), "profile " + file, catalog, null);
    }

    /** Reads a profile whose missing fields fall back to {@code defaults} (a team's settings) before the built-in ones. */
    public static Profile read(Path file, Catalog catalog, JsonNode defaults) {
        return read(Json.readTree(file, "Profile"), "profile " + file, catalog, defaults);
    }

    public static Profile read(JsonNode tree, String what, Catalog catalog, JsonNode defaults) {
        JsonNode merged = defaults == null ? tree : merge(defaults, tree);
        JsonSchemas.check(SCHEMA, merged, what);
        ProfileFile file = Json.bind(merged, ProfileFile.class, what);
        return normalize(file, what, catalog);
    }

    private static JsonNode merge(JsonNode defaults, JsonNode own) {
        if (!own.isObject() || !defaults.isObject()) {
            return own;
        }
        var merged = defaults.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll(
                (com.fasterxml.jackson.databind.node.ObjectNode) own);
        return merged;
    }

    private static Profile normalize(ProfileFile file, String what, Catalog catalog) {
        List<String> painful = file.painful() == null ? List.of() : file.painful();
        List<String> unknown = painful.stream().filter(id -> catalog.find(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - painful: unknown exercise id "
                    + String.join(", ", unknown) + ". Known ids: "
                    + catalog.exercises().stream().map(e -> e.id()).collect(Collectors.joining(", ")) + ".");
        }
        Map<DayOfWeek, Integer> minutes = new LinkedHashMap<>();
        file.availableMinutes().forEach((day, value) -> {
            if (value != null && value > 0) {
                minutes.put(day, value);
            }
        });
        String id = file.athlete().id();
        int runsPerWeek = orDefault(file.runsPerWeek(), 3);
        int easyRunMinutes = orDefault(file.easyRunMinutes(), 20);
        return new Profile(
                id,
                file.athlete().name() == null ? id : file.athlete().name(),
                file.startDate(),
                orDefault(file.weeks(), 8),
                minutes,
                runsPerWeek,
                easyRunMinutes,
                orDefault(file.strengthSessionsPerWeek(), 2),
                orDefault(file.targetWeeklyRunMinutes(), runsPerWeek * easyRunMinutes * 3 / 2),
                orDefault(file.minRunMinutes(), 20),
                orDefault(file.cutbackEvery(), 4),
                Set.copyOf(painful),
                file.findings() == null ? Findings.NONE : file.findings(),
                file.equipment() == null ? Set.of() : Set.copyOf(file.equipment()),
                file.crossTraining() == null ? List.of() : file.crossTraining(),
                orDefault(file.crossTrainingMinutes(), 30),
                Boolean.TRUE.equals(file.trainsOutdoors()),
                orDefault(file.maxRepIncreasePerWeek(), 2),
                file.redFlags() == null ? Set.of() : Set.copyOf(file.redFlags()),
                file.weights() == null ? Map.of() : file.weights());
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
