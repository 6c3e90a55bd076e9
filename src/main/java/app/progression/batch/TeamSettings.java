package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.io.Json;
import app.progression.profile.ProfileReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    private static final Set<String> KNOWN = Set.of("name", "startDate", "weeks", "weights", "defaults",
            "groupRunDays", "coachCapacityPerDay");

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

    /** Reads {@code folder/team.json} if there is one; every mistake is an {@link InvalidInputException}. */
    public static TeamSettings read(Path folder, Catalog catalog) {
        Path file = folder.resolve(FILE_NAME);
        String folderName = folder.toAbsolutePath().normalize().getFileName() == null ? "team"
                : folder.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.exists(file)) {
            return none(folderName);
        }
        JsonNode tree = Json.readTree(file, "Team settings");
        String what = "team settings " + file;
        if (!tree.isObject()) {
            throw new InvalidInputException(what + " must be a JSON object.");
        }
        List<String> unknown = new ArrayList<>();
        tree.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                unknown.add(field);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(what + ": unknown field(s) " + String.join(", ", unknown)
                    + ". Known fields: " + new TreeSet<>(KNOWN).stream().collect(Collectors.joining(", ")) + ".");
        }

        String name = folderName;
        if (tree.has("name")) {
            if (!tree.get("name").isTextual() || tree.get("name").asText().isBlank()) {
                throw new InvalidInputException(what + ": 'name' must be a non-empty string.");
            }
            name = tree.get("name").asText();
        }

        ObjectNode defaults = Json.MAPPER.createObjectNode();
        if (tree.has("defaults")) {
            JsonNode own = tree.get("defaults");
            if (!own.isObject()) {
                throw new InvalidInputException(what + ": 'defaults' must be an object of profile fields.");
            }
            for (String forbidden : List.of("athlete", "weights", "redFlags")) {
                if (own.has(forbidden)) {
                    throw new InvalidInputException(what + ": 'defaults' may not set '" + forbidden + "'"
                            + (forbidden.equals("weights") ? " (use the top-level 'weights')." : " (it is per athlete)."));
                }
            }
            defaults.setAll((ObjectNode) own);
        }
        for (String field : List.of("startDate", "weeks")) {
            if (tree.has(field)) {
                if (defaults.has(field)) {
                    throw new InvalidInputException(what + ": '" + field + "' is given both at the top and in "
                            + "'defaults'; give it once.");
                }
                defaults.set(field, tree.get(field));
            }
        }
        checkDefaults(defaults, what, catalog);

        Map<String, Integer> weights = tree.has("weights") ? readWeights(tree.get("weights"), what) : Map.of();
        List<DayOfWeek> groupRunDays = tree.has("groupRunDays") ? readDays(tree.get("groupRunDays"), what) : List.of();

        Integer capacity = null;
        if (tree.has("coachCapacityPerDay")) {
            JsonNode value = tree.get("coachCapacityPerDay");
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
                throw new InvalidInputException(what + ": 'coachCapacityPerDay' must be a whole number of 1 or "
                        + "more (athletes the coach can supervise in strength sessions on one date), not " + value
                        + ". Leave it out for no limit.");
            }
            capacity = value.intValue();
        }
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

    private static Map<String, Integer> readWeights(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new InvalidInputException(what + ": 'weights' must be an object from rule id to weight.");
        }
        Map<String, RuleInfo> rules = ConstraintWeights.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            RuleInfo rule = rules.get(entry.getKey());
            if (rule == null) {
                throw new InvalidInputException(what + ": weights: unknown rule '" + entry.getKey()
                        + "'. Valid rules: " + ConstraintWeights.rules().stream().map(RuleInfo::id)
                                .collect(Collectors.joining(", ")) + ".");
            }
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0
                    || value.intValue() > ConstraintWeights.MAX_WEIGHT) {
                throw new InvalidInputException(what + ": weights: the weight of '" + entry.getKey()
                        + "' must be a whole number from 0 to " + ConstraintWeights.MAX_WEIGHT + ", not " + value
                        + ".");
            }
            if (value.intValue() == 0 && rule.safety()) {
                throw new InvalidInputException(what + ": weights: '" + rule.id() + "' is a safety rule and "
                        + "cannot be switched off (weight 0). It protects: " + rule.protects());
            }
            weights.put(entry.getKey(), value.intValue());
        }
        return weights;
    }

    private static List<DayOfWeek> readDays(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new InvalidInputException(what + ": 'groupRunDays' must be a list of weekdays, such as "
                    + "[\"TUESDAY\", \"SATURDAY\"].");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (JsonNode day : node) {
            DayOfWeek parsed = null;
            if (day.isTextual()) {
                try {
                    parsed = DayOfWeek.valueOf(day.asText());
                } catch (IllegalArgumentException e) {
                    parsed = null;
                }
            }
            if (parsed == null) {
                throw new InvalidInputException(what + ": groupRunDays: " + day + " is not a weekday; use MONDAY "
                        + "to SUNDAY.");
            }
            if (days.contains(parsed)) {
                throw new InvalidInputException(what + ": groupRunDays: " + parsed + " is listed twice.");
            }
            days.add(parsed);
        }
        days.sort(null);
        return days;
    }
}
