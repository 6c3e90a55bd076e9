package app.progression.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.SessionKind;
import app.progression.domain.TeamFacts;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.PlanFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other days for a session, scored on the plan as it stands: the best first, only days it may really go to. */
class SuggestionsTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Profile PROFILE = ProfileReader.read(Path.of("problems/replan/profile.json"), CATALOG);
    private static final PlanDocument PLAN = PlanFiles.read(Path.of("problems/replan/plan.json"));
    private static final ConstraintWeights WEIGHTS = Provenance.weights(PLAN, PROFILE, null);
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    private static Suggestions.Result suggest(PlanDocument plan, LocalDate date, SessionKind kind) {
        return Suggestions.suggest(PROFILE, CATALOG, WEIGHTS, TeamFacts.NONE, plan, date, kind);
    }

    @Test
    void theBestThreeOtherDaysOfTheWeekComeFirstWithTheScoreEachMoveGives() {
        Suggestions.Result result = suggest(PLAN, MONDAY, SessionKind.EASY_RUN);
        assertEquals(Suggestions.COUNT, result.best().size());
        // Week 2 has six days with time (Friday has none): five others were tried.
        assertEquals(5, result.daysTried());
        for (Suggestions.Suggestion suggestion : result.best()) {
            DayPlan day = PLAN.days().stream().filter(d -> d.date().equals(suggestion.date())).findFirst()
                    .orElseThrow();
            assertEquals(2, day.week());
            assertTrue(day.availableMinutes() > 0);
            MovePreview.Preview preview = MovePreview.of(PROFILE, CATALOG, WEIGHTS, TeamFacts.NONE, PLAN,
                    new SessionMoves.SessionRef(MONDAY, 0), suggestion.date());
            assertEquals(preview.after().score(), suggestion.after().score(), "the move's own score");
        }
        // Best first: the fewest hard points lost, then the most soft points.
        List<Suggestions.Suggestion> best = result.best();
        assertEquals(best.stream().sorted(Comparator.comparingLong((Suggestions.Suggestion s) -> -s.after().hardScore())
                .thenComparingLong(s -> -s.after().softScore())).toList(), best);
        assertTrue(result.text().contains("1. "), result.text());
    }

    @Test
    void askingForASessionTheDayDoesNotHaveSaysWhatItHas() {
        String message = assertThrows(InvalidInputException.class,
                () -> suggest(PLAN, LocalDate.of(2027, 1, 15), SessionKind.EASY_RUN)).getMessage();
        assertTrue(message.contains("no EASY_RUN session on 2027-01-15"), message);
    }

    @Test
    void aDayThatAlreadyHappenedIsNeitherMovedNorOffered() {
        PlanDocument replanned = PlanFiles.read(Path.of("problems/replan/replanned-after-flare.json"));
        LocalDate from = replanned.madeWith().replanned().from();
        String message = assertThrows(InvalidInputException.class,
                () -> suggest(replanned, from.minusDays(3), SessionKind.EASY_RUN)).getMessage();
        assertTrue(message.contains("already happened"), message);
        LocalDate runAfterFrom = replanned.days().stream()
                .filter(day -> !day.date().isBefore(from) && day.sessions().stream()
                        .anyMatch(session -> session.kind() == SessionKind.EASY_RUN))
                .findFirst().orElseThrow().date();
        for (Suggestions.Suggestion suggestion : suggest(replanned, runAfterFrom, SessionKind.EASY_RUN).best()) {
            assertFalse(suggestion.date().isBefore(from), suggestion.date() + " already happened");
        }
    }
}
