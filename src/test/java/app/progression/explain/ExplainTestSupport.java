package app.progression.explain;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocuments;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.PlanProblem;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Small profiles, seeded solving and plan-file editing for the explanation tests. */
public final class ExplainTestSupport {

    /** Seeded and step-count based: the same plans on a fast or a slow, loaded machine. */
    public static final SolveOptions SOLVE = new SolveOptions(Duration.ofSeconds(2), 42L);

    public static final Catalog CATALOG = CatalogLoader.builtIn();

    /** Sam: three weeks, five available days (Wednesday and Friday not), beetle painful, tight hip flexors. */
    public static final String SAM = """
            {"athlete": {"id": "sam", "name": "Sam"}, "startDate": "2027-01-04", "weeks": 3,
             "availableMinutes": {"MONDAY": 45, "TUESDAY": 30, "THURSDAY": 60, "SATURDAY": 90, "SUNDAY": 40},
             "runsPerWeek": 3, "easyRunMinutes": 25, "strengthSessionsPerWeek": 2, "painful": ["beetle"],
             "findings": {"tightHipFlexors": ["LEFT"], "tightHamstrings": true},
             "equipment": ["FOAM_ROLLER", "STRAP", "MASSAGE_BALL"], "crossTraining": ["SWIMMING", "CYCLING", "YOGA"]}
            """;

    /**
     * Ria: three available days in a row, two runs and one strength session a week. Keeping the runs apart costs a
     * run the day after strength or a run on the strength day; running two days in a row costs nothing else.
     */
    public static final String RIA = """
            {"athlete": {"id": "ria", "name": "Ria"}, "startDate": "2027-03-01", "weeks": 2,
             "availableMinutes": {"MONDAY": 60, "TUESDAY": 60, "WEDNESDAY": 60},
             "runsPerWeek": 2, "easyRunMinutes": 20, "strengthSessionsPerWeek": 1}
            """;

    /**
     * Lee: only one stretch is pain-free (cat-cow) and no equipment, so every flexibility day repeats it and the
     * variety rule pushes back against flexibility after every run.
     */
    public static final String LEE = """
            {"athlete": {"id": "lee", "name": "Lee"}, "startDate": "2027-03-01", "weeks": 2,
             "availableMinutes": {"MONDAY": 60, "TUESDAY": 60, "WEDNESDAY": 60, "THURSDAY": 60, "FRIDAY": 60,
                                  "SATURDAY": 60},
             "runsPerWeek": 3, "easyRunMinutes": 20, "strengthSessionsPerWeek": 2,
             "painful": ["lying-figure-4-stretch", "supine-twist", "piriformis-stretch", "seated-glute-stretch",
                         "kneeling-hip-flexor-stretch", "towel-hamstring-stretch", "wall-calf-stretch"]}
            """;

    private ExplainTestSupport() {
    }

    public static Profile profile(String json) {
        try {
            Path file = Files.createTempFile("profile", ".json");
            Files.writeString(file, json);
            try {
                return ProfileReader.read(file, CATALOG);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ConstraintWeights weights(Profile profile, Map<String, Integer> overrides) {
        return Weights.resolve(profile.weights(), overrides);
    }

    /** Solves and returns the plan as its file would hold it. */
    public static PlanDocument solve(Profile profile, ConstraintWeights weights) {
        PlanProblem.Built built = PlanProblem.build(profile, CATALOG, weights);
        var solved = PlanSolver.solve(built.plan(), SOLVE);
        return PlanDocuments.from(solved, profile, built.warnings());
    }

    /** A copy of {@code plan} changed as a coach would change the file. */
    public static PlanDocument edit(PlanDocument plan, Consumer<ObjectNode> change) {
        ObjectNode tree = Json.MAPPER.valueToTree(plan);
        change.accept(tree);
        try {
            return Json.MAPPER.treeToValue(tree, PlanDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArrayNode sessionsOn(ObjectNode plan, LocalDate date) {
        for (JsonNode day : plan.path("days")) {
            if (day.path("date").asText().equals(date.toString())) {
                return (ArrayNode) day.path("sessions");
            }
        }
        throw new AssertionError("no day " + date);
    }

    /** Removes and returns the sessions of {@code kind} in {@code week}, in date order. */
    public static List<ObjectNode> removeAll(ObjectNode plan, int week, String kind) {
        List<ObjectNode> removed = new ArrayList<>();
        for (JsonNode day : plan.path("days")) {
            if (day.path("week").asInt() != week) {
                continue;
            }
            ArrayNode sessions = (ArrayNode) day.path("sessions");
            List<ObjectNode> fromDay = new ArrayList<>();
            for (int i = sessions.size() - 1; i >= 0; i--) {
                if (sessions.get(i).path("kind").asText().equals(kind)) {
                    fromDay.add(0, (ObjectNode) sessions.remove(i));
                }
            }
            removed.addAll(fromDay);
        }
        return removed;
    }

    /** The dates with a session of {@code kind}. */
    public static List<LocalDate> datesOf(PlanDocument plan, String kind) {
        List<LocalDate> dates = new ArrayList<>();
        for (PlanDocument.DayPlan day : plan.days()) {
            if (day.sessions().stream().anyMatch(session -> session.kind().name().equals(kind))) {
                dates.add(day.date());
            }
        }
        return dates;
    }
}
