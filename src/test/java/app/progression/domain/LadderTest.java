package app.progression.domain;

import static app.progression.domain.DomainFixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.progression.catalog.Exercise;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The ladder as one athlete climbs it: where they start and what comes next. */
class LadderTest {

    @Test
    void theStartIsTheFirstFourPainFreeRungsEachAtItsFirstPainFreeEntry() {
        Ladder ladder = ladder(exercise -> !Set.of("beetle", "single-leg-balance").contains(exercise.id())
                && !exercise.outdoorOnly());
        assertEquals(List.of("superman", "single-leg-balance-reach", "high-plank-leg-lifts", "single-leg-bridge"),
                ids(ladder.startingEntries()));
        assertEquals(List.of(1, 3, 4, 5), ladder.startingRungs());
    }

    @Test
    void theFullExerciseOfAnEasierVariantIsItsNextStep() {
        Ladder ladder = ladder(exercise -> !exercise.outdoorOnly());
        assertEquals("single-leg-balance-reach", ladder.fullVersionOf(CATALOG.get("single-leg-balance")).id());
        assertEquals("single-leg-balance-reach", ladder.nextHarder(CATALOG.get("single-leg-balance"), Set.of()).id());
    }

    @Test
    void aReplacementSkipsTheRungsOtherSlotsHold() {
        Ladder ladder = ladder(exercise -> !exercise.outdoorOnly());
        assertEquals("single-leg-bridge", ladder.nextHarder(CATALOG.get("superman"), Set.of(2, 3, 4)).id());
        assertEquals("single-leg-v-ups", ladder.nextHarder(CATALOG.get("high-plank-limb-raises"), Set.of()).id(),
                "a new rung is entered at its easier variant");
    }

    @Test
    void theTopOfTheLadderHasNothingHarder() {
        Ladder ladder = ladder(exercise -> !exercise.outdoorOnly());
        assertNull(ladder.nextHarder(CATALOG.get("single-leg-jump-squats"), Set.of()));
    }

    @Test
    void anExerciseTheAthleteCannotDoIsNotOnTheirLadder() {
        Ladder ladder = ladder(exercise -> !exercise.jumping() && !exercise.outdoorOnly());
        assertNull(ladder.nextHarder(CATALOG.get("v-ups"), Set.of()), "with heel pain, no jumping after v-ups");
    }

    private static Ladder ladder(Predicate<Exercise> canDo) {
        return new Ladder(CATALOG.ladder(), canDo);
    }

    private static List<String> ids(List<Exercise> exercises) {
        return exercises.stream().map(Exercise::id).toList();
    }
}
