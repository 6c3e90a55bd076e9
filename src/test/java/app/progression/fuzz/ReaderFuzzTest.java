package app.progression.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.batch.TeamSettings;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.catalog.DoseItem;
import app.progression.catalog.Exercise;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.PlanFiles;
import app.progression.replan.LogHistory;
import app.progression.replan.LogReader;
import app.progression.replan.LoggedDays;
import app.progression.replan.Replanner;
import app.progression.solver.Weights;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests (Jazzer) of every reader of a user's file: profile, team.json, weights, catalog, plan
 * file and training log. Whatever the bytes, a reader either refuses them with an {@link InvalidInputException} whose message
 * says something, or returns a result the rest of the program can use; any other exception is a finding.
 *
 * <p>In a normal build ({@code mvn verify}) each target runs once per input checked in under
 * {@code src/test/resources/app/progression/fuzz/ReaderFuzzTestInputs/<target>/}: valid files to start from and
 * every input a fuzzing run ever found a problem with. {@code JAZZER_FUZZ=1} fuzzes one target instead (see the
 * README's "What is tested"); what it finds lands in that folder and so becomes a regression test.
 */
class ReaderFuzzTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    /** The plan the fuzzed logs are read against. */
    private static final PlanDocument REPLAN_PLAN = PlanFiles.read(Path.of("problems/replan/plan.json"));

    @TempDir
    static Path dir;

    @FuzzTest
    void profileFile(byte[] input) throws IOException {
        Path file = write("profile.json", input);
        refusedOrValid(() -> ProfileReader.read(file, CATALOG), ReaderFuzzTest::checkProfile);
    }

    @FuzzTest
    void teamFile(byte[] input) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("team"));
        write("team/" + TeamSettings.FILE_NAME, input);
        refusedOrValid(() -> TeamSettings.read(folder, CATALOG), team -> {
            assertFalse(team.name().isBlank());
            assertTrue(team.coachCapacityPerDay() == null || team.coachCapacityPerDay() >= 1);
            assertEquals(team.groupRunDays().size(), new HashSet<>(team.groupRunDays()).size());
            // What team.json accepts, planning accepts: its weights resolve, its defaults make a profile.
            Weights.resolve(team.weightsUnder(Map.of()), Map.of());
            assertTrue(team.profileDefaults().isObject());
            // The numbers are exactly the ones written.
            JsonNode written = exactly(input);
            team.weights().forEach((rule, weight) -> assertEquals(0, written.path("weights").get(rule)
                    .decimalValue().compareTo(BigDecimal.valueOf(weight)), rule));
            if (team.coachCapacityPerDay() != null) {
                assertEquals(0, written.get("coachCapacityPerDay").decimalValue()
                        .compareTo(BigDecimal.valueOf(team.coachCapacityPerDay())));
            }
        });
    }

    @FuzzTest
    void weightsFile(byte[] input) throws IOException {
        Path file = write("weights.json", input);
        refusedOrValid(() -> Weights.read(file), weights -> {
            // What the file reader accepts, resolving accepts; and each weight is exactly the number written.
            assertNotNull(Weights.resolve(Map.of(), weights));
            JsonNode written = exactly(input);
            weights.forEach((rule, weight) -> assertEquals(0, written.get(rule).decimalValue()
                    .compareTo(BigDecimal.valueOf(weight)), rule + ": read " + weight + " from " + written.get(rule)));
        });
    }

    @FuzzTest
    void catalogFile(byte[] input) throws IOException {
        Path file = write("catalog.json", input);
        refusedOrValid(() -> CatalogLoader.load(file), catalog -> {
            assertTrue(catalog.strengthDose().minReps() <= catalog.strengthDose().maxReps());
            for (DoseItem item : catalog.warmUp()) {
                assertTrue(catalog.find(item.id()).isPresent(), item.id());
            }
            assertTrue(catalog.warmUpMinutes() >= 0);
            for (Exercise exercise : catalog.exercises()) {
                assertTrue(exercise.isStrength() ? catalog.strengthSeconds(exercise, 3, 12) > 0
                        : catalog.seconds(exercise) >= 0, exercise.id());
            }
            catalog.ladder().forEach(exercise -> assertNotNull(exercise.rung()));
        });
    }

    @FuzzTest
    void planFile(byte[] input) throws IOException {
        Path file = write("plan.json", input);
        refusedOrValid(() -> PlanFiles.read(file), ReaderFuzzTest::checkPlan);
    }

    @FuzzTest
    void logFile(byte[] input) throws IOException {
        Path file = write("log.json", input);
        refusedOrValid(() -> LogReader.read(file, CATALOG, REPLAN_PLAN), log -> {
            LocalDate end = REPLAN_PLAN.startDate().plusDays(REPLAN_PLAN.weeks() * 7L - 1);
            log.entries().forEach(entry -> assertFalse(entry.date().isBefore(REPLAN_PLAN.startDate())
                    || entry.date().isAfter(end), entry.date().toString()));
            // What the reader accepts, re-planning can use: the log written onto the plan and what it means.
            LocalDate from = Replanner.defaultFrom(REPLAN_PLAN, log);
            if (!from.isAfter(end)) {
                assertNotNull(LogHistory.of(LoggedDays.annotated(REPLAN_PLAN, log, CATALOG, from), log.flares(),
                        from));
            }
        });
    }

    private static void checkProfile(Profile profile) {
        assertFalse(profile.athleteId().isBlank());
        assertNotNull(profile.athleteName());
        assertTrue(profile.weeks() >= 1 && profile.weeks() <= 52, "weeks " + profile.weeks());
        assertTrue(profile.endDate().isAfter(profile.startDate()));
        profile.availableMinutes().values().forEach(minutes -> assertTrue(minutes > 0 && minutes <= 600));
        profile.painful().forEach(id -> assertTrue(CATALOG.find(id).isPresent(), id));
    }

    private static void checkPlan(PlanDocument plan) {
        assertFalse(plan.athleteId().isBlank());
        assertNotNull(plan.startDate());
        assertFalse(plan.days().isEmpty());
        assertTrue(plan.days().size() <= plan.weeks() * 7);
        plan.days().forEach(day -> assertNotNull(day.sessions()));
    }

    /** The input as written, every number exact: what a reader's result is compared with. */
    private static JsonNode exactly(byte[] input) {
        try {
            return Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(input);
        } catch (IOException e) {
            throw new UncheckedIOException("the reader accepted what plain JSON parsing refuses", e);
        }
    }

    private static Path write(String name, byte[] input) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, input);
        return file;
    }

    /** The one property of every reader: a clear refusal, or a result that passes {@code valid}. */
    private static <T> void refusedOrValid(Reader<T> read, Consumer<T> valid) {
        T result;
        try {
            result = read.read();
        } catch (InvalidInputException refused) {
            assertNotNull(refused.getMessage(), "a refusal must say why");
            assertFalse(refused.getMessage().isBlank(), "a refusal must say why");
            return;
        }
        assertNotNull(result);
        valid.accept(result);
    }

    /** A reader of one file; anything but an {@link InvalidInputException} escaping it is a finding. */
    @FunctionalInterface
    private interface Reader<T> {
        T read();
    }
}
