package app.progression.replan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.render.PlanFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a log means for the weeks ahead, in the words the report uses. */
class LogHistoryTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PlanDocument PLAN = PlanFiles.read(Path.of("problems/replan/plan.json"));
    private static final LocalDate FROM = LocalDate.of(2027, 1, 10);

    private static LogHistory history(String logJson) {
        return history(logJson, FROM);
    }

    private static LogHistory history(String logJson, LocalDate from) {
        TrainingLog log = LogReader.read(Json.readTree(new ByteArrayInputStream(logJson.getBytes(UTF_8)), "log"),
                "log", CATALOG, PLAN);
        return LogHistory.of(LoggedDays.annotated(PLAN, log, CATALOG, from), log.flares(), from);
    }

    @Test
    void aPainfulExerciseNamesTheFirstDayItHurtAndTheWorst() {
        LogHistory history = LogHistory.of(LoggedDays.annotated(PLAN,
                LogReader.read(Path.of("problems/replan/log-painful-exercise.json"), CATALOG, PLAN), CATALOG, FROM),
                List.of(), FROM);
        assertEquals(2, history.history().painfulFromWeek().get("beetle"));
        assertTrue(history.causes().get(0).text().startsWith(
                "beetle was logged with pain 4 on 2027-01-05 (5 at worst): it counts as painful from week 2"),
                history.causes().get(0).text());
    }

    @Test
    void aPainfulRunWithoutAFlareChangesNothingButSaysWhatTheCoachMayWant() {
        String run = "{\"date\": \"2027-01-07\", \"kind\": \"EASY_RUN\", \"status\": \"PARTIAL\", \"minutes\": 15, "
                + "\"pain\": 4}";
        LogHistory alone = history("{\"entries\": [" + run + "]}");
        assertTrue(alone.history().flareWeeks().isEmpty());
        assertTrue(alone.warnings().stream().anyMatch(warning -> warning.startsWith(
                "The easy run of 2027-01-07 was logged with pain 4: the plan does not change for that alone.")),
                alone.warnings().toString());
        LogHistory withFlare = history("{\"entries\": [" + run + ", {\"date\": \"2027-01-08\", \"flare\": true}]}");
        assertEquals(Set.of(2), withFlare.history().flareWeeks());
        assertTrue(withFlare.warnings().stream().noneMatch(warning -> warning.contains("logged with pain 4")),
                "the flare already answers the pain");
    }

    @Test
    void aPainfulExerciseStillPlannedBeforeTheNextWeekIsNamedOnlyWhenItIs() {
        String beetleHurts = "{\"entries\": [{\"date\": \"2027-01-05\", \"kind\": \"STRENGTH\", "
                + "\"status\": \"DONE\", \"exercises\": [{\"id\": \"beetle\", \"reps\": 8, \"pain\": 4}]}]}";
        // From Wednesday 6 January, Thursday's strength session still has beetle: leave it out.
        assertTrue(history(beetleHurts, LocalDate.of(2027, 1, 6)).warnings().stream()
                .anyMatch(warning -> warning.startsWith("beetle was logged with pain on 2027-01-05: leave it out")));
        // From Sunday 10 January, no strength session is left in week 1: nothing to leave out.
        assertTrue(history(beetleHurts, FROM).warnings().isEmpty(), history(beetleHurts, FROM).warnings().toString());
    }
}
