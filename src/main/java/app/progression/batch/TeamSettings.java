package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.io.Json;
import app.progression.io.JsonSchemas;
import app.progression.profile.ProfileReader;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's {@code team.json}: defaults every profile of the folder starts from (a profile's own value wins), and
 * the two things the athletes share: group-run weekdays and the coach's strength capacity per date.
 *
 * <pre>
 * {
 *   "name": "Riverside Runners",
 *   "startDate": "2027-01-04", "weeks": 6,             // profile defaults, as in a profile
 *   "weights": {"runs-on-group-days": 40},              // merged rule by rule under a profile's own weights
 *   "defaults": {"equipment": ["FOAM_ROLLER"]},         // any other profile field
 *   "groupRunDays": ["TUESDAY", "SATURDAY"],
 *   "coachCapacityPerDay": 4
 * }
 * </pre>
 */
public record TeamSettings(
        String name,
        JsonNode profileDefaults,
        Map<String, Integer> weights,
        List<DayOfWeek> groupRunDays,
        Integer coachCapacityPerDay,
        JsonNode source) {

    public static final String FILE_NAME = "team.json";

    /** The shipped JSON Schema of team.json. */
    public static final String SCHEMA = "team.schema.json";

    public TeamSettings {
        weights = Map.copyOf(weights);
        groupRunDays = List.copyOf(groupRunDays);
    }

    /** No team.json: no defaults, no group runs, no capacity limit. */
    public static TeamSettings none(String name) {
        return new TeamSettings(name, Json.MAPPER.createObjectNode(), Map.of(), List.of(), null,
                Json.MAPPER.createObjectNode());
    }

    public boolean limitsCoach() {
        return coachCapacityPerDay != null;
    }

    /**
     * Reads {@code folder/team.json} if there is one: JSON syntax, then {@link #SCHEMA}, then what the schema cannot
     * say (known rules, valid profile defaults for this catalog). Every mistake is an {@link InvalidInputException}.
     */
    public static TeamSettings read(Path folder, Catalog catalog) {
        Path file = folder.resolve(FILE_NAME);
        String folderName = folder.toAbsolutePath().normalize().getFileName() == null ? "team"
                : folder.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.exists(file)) {
            return none(folderName);
        }
        JsonNode tree = Json.readTree(file, "Team settings");
        String what = "team settings " + file;
        JsonSchemas.check(SCHEMA, tree, what);

        String name = tree.has("name") ? tree.get("name").asText() : folderName;
        // startDate and weeks may stand at the top, as in a profile; the schema refuses them in both places.
        ObjectNode defaults = Json.MAPPER.createObjectNode();
        if (tree.has("defaults")) {
            defaults.setAll((ObjectNode) tree.get("defaults"));
        }
        for (String field : List.of("startDate", "weeks")) {
            if (tree.has(field)) {
                defaults.set(field, tree.get(field));
            }
        }
        checkDefaults(defaults, what, catalog);

        Map<String, Integer> weights = new LinkedHashMap<>();
        tree.path("weights").fields().forEachRemaining(entry -> weights.put(entry.getKey(),
                entry.getValue().intValue()));
        Weights.checkRules(weights, what + ": weights");
        List<DayOfWeek> groupRunDays = new ArrayList<>();
        tree.path("groupRunDays").forEach(day -> groupRunDays.add(DayOfWeek.valueOf(day.asText())));
        groupRunDays.sort(null);
        Integer capacity = tree.has("coachCapacityPerDay") ? tree.get("coachCapacityPerDay").intValue() : null;
        return new TeamSettings(name, defaults, weights, groupRunDays, capacity, tree);
    }

    /** A profile's weights on top of the team's, rule by rule. */
    public Map<String, Integer> weightsUnder(Map<String, Integer> profileWeights) {
        Map<String, Integer> merged = new LinkedHashMap<>(weights);
        merged.putAll(profileWeights);
        return merged;
    }

    /** The defaults must themselves be valid profile values: checked once on a stand-in profile. */
    private static void checkDefaults(ObjectNode defaults, String what, Catalog catalog) {
        ObjectNode standIn = defaults.deepCopy();
        standIn.putObject("athlete").put("id", "team-defaults");
        if (!standIn.has("startDate")) {
            standIn.put("startDate", "2000-01-03");
        }
        if (!standIn.has("availableMinutes")) {
            standIn.putObject("availableMinutes");
        }
        ProfileReader.read(standIn, what + " (profile defaults)", catalog, null);
    }
}
