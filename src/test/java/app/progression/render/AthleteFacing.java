package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.plan.PlanDocument;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What every athlete-facing format must carry, whatever its markup: no solver score or rule talk, the line on when
 * to stop, the self-test findings with the tight side, and how to do every exercise of the plan. Each check takes
 * the format's text with runs of white space made single (so wrapped lines read as one) and, where the format
 * escapes text, the format's escaping.
 */
final class AthleteFacing {

    private AthleteFacing() {
    }

    /** Line breaks and indents of wrapped text made single spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static void assertNoScoreOrRuleTalk(String text, PlanDocument plan) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(text.contains(plan.score()), "the solver's score is for coaches");
        assertFalse(lower.contains("score"), "no score wording");
        assertFalse(lower.contains("hard rule"), "no rule wording");
        assertFalse(text.matches("(?s).*\\d+(hard|soft)\\b.*"), "no score in any form");
    }

    static void assertStopLine(String flatText, UnaryOperator<String> escape) {
        assertTrue(flatText.contains(escape.apply(AthleteNotes.STOP_IF_IT_HURTS)), "stop if it hurts");
        assertTrue(flatText.contains(escape.apply(AthleteNotes.SEE_A_CLINICIAN)), "when to see a clinician");
    }

    /** The sample plan's findings: a tight left hip flexor and tight hamstrings, each with its stretches. */
    static void assertSampleFindings(String flatText, Catalog catalog, UnaryOperator<String> escape) {
        assertTrue(flatText.contains(escape.apply("Tight hip flexor: left side")), "hip flexor finding with its side");
        assertTrue(flatText.contains(escape.apply("Tight hamstrings")), "hamstring finding");
        for (String stretch : Set.of("kneeling-hip-flexor-stretch", "smr-it-band-hip-flexor",
                "active-hamstring-strap-stretch")) {
            assertTrue(flatText.contains(escape.apply(catalog.get(stretch).name())), stretch);
        }
    }

    /** The catalog's how-to text of every exercise in the plan. */
    static void assertHowToOfEveryExercise(String flatText, PlanDocument plan, Catalog catalog,
            UnaryOperator<String> escape) {
        Set<String> ids = plan.days().stream().flatMap(day -> day.sessions().stream())
                .flatMap(session -> PlanText.exercises(session).stream()).map(e -> e.id())
                .collect(Collectors.toSet());
        assertTrue(ids.size() >= 8, "the sample uses many exercises: " + ids);
        for (String id : ids) {
            assertTrue(flatText.contains(escape.apply(flat(catalog.get(id).howTo()))), "how-to of " + id);
        }
    }

    /** How often the plan marks an exercise for trying first; the sample of 8 weeks has two (weeks 3 and 5). */
    static long testFirstMarks(PlanDocument plan) {
        return plan.days().stream().flatMap(day -> day.sessions().stream())
                .flatMap(session -> PlanText.exercises(session).stream()).filter(AthleteNotes::isTestFirst).count();
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    static void assertCount(long expected, String text, String part) {
        assertEquals(expected, count(text, part), "occurrences of '" + part + "'");
    }
}
