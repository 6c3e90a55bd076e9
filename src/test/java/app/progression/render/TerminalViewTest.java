package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What `progression plan` prints for the athlete: the same content as the page, in plain text. */
class TerminalViewTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void itSpeaksToTheAthlete() {
        PlanDocument plan = TestPlans.sample(8);
        String text = TerminalView.render(plan, CATALOG);
        String flat = AthleteFacing.flat(text);
        AthleteFacing.assertNoScoreOrRuleTalk(text, plan);
        assertTrue(text.startsWith("Plan for Sam (sam): 8 weeks, 4 Jan - 28 Feb 2027.\n"), text);
        AthleteFacing.assertStopLine(flat, line -> line);
        AthleteFacing.assertSampleFindings(flat, CATALOG, line -> line);
        assertTrue(flat.contains("What your self-tests found Tight hip flexor: left side. Stretches for it: Kneeling "
                + "lunge hip flexor stretch, Foam-roll the IT band, then kneeling hip flexor stretch. Tight "
                + "hamstrings. Stretches for it: Active hamstring stretch with a strap."), flat);
        AthleteFacing.assertHowToOfEveryExercise(flat, plan, CATALOG, line -> line);
        assertTrue(flat.contains("How to do each exercise Superman: Lie face down"));
    }

    @Test
    void newExercisesEasierWeeksAndOneWarmUpADay() {
        PlanDocument plan = TestPlans.sample(8);
        String text = TerminalView.render(plan, CATALOG);
        String flat = AthleteFacing.flat(text);
        AthleteFacing.assertCount(AthleteFacing.testFirstMarks(plan), flat,
                " (new: try a few slow repetitions first and skip it if it hurts)");
        assertTrue(flat.contains("Modified low side plank lifts 3x12 per side (new: try a few slow repetitions first "
                + "and skip it if it hurts)"), flat);
        assertTrue(flat.contains("Modified low side plank lifts: New in week 3: try a few slow repetitions first and "
                + "skip it if it hurts. Lie on your side"), flat);
        List<String> weeks = text.lines().filter(line -> line.startsWith("Week ")).toList();
        assertEquals(8, weeks.size());
        assertTrue(flat.contains("Week 4 (25 - 31 Jan 2027): 64 min running in 3 runs, 2 strength sessions; an "
                + "easier week: less running, strength held at last week's level"), flat);
        assertFalse(flat.contains("Week 3 (18 - 24 Jan 2027): 78 min running in 3 runs, 2 strength sessions; an"));
        // Numbers stay with their units, so wrapping never leaves "4x20" on one line and "s hold" on the next.
        assertTrue(flat.contains("Kneeling lunge hip flexor stretch 4x20s hold per side"), flat);
        assertTrue(text.contains("  Sat 09 Jan  Easy run 30 min + 6 min warm-up\n"
                + "              Strength 18 min (already warm, no second warm-up): Superman 3x8,"), text);
    }

    @Test
    void aPlanMadeAgainShowsWhatHappenedAndWhyAWeekIsEasier() {
        PlanDocument plan = PlanFiles.read(Path.of("problems/replan/replanned-after-flare.json"));
        String text = TerminalView.render(plan, CATALOG).replaceAll("\\s+", " ");
        assertTrue(text.contains("Sat 09 Jan Easy run 33 min + 6 min warm-up (missed)"), text);
        assertTrue(text.contains("(cut short, done 15 min, pain 3/10)"), text);
        assertTrue(text.contains("Week 1 (4 - 10 Jan 2027): 48 min running in 2 runs"), "what was run, not planned");
        assertTrue(text.contains(AthleteNotes.FLARE_WEEK), text);
        assertTrue(text.contains(AthleteNotes.EASIER_WEEK), "week 4 is a cutback");
    }

    @Test
    void aPlanWrittenBeforeTheNewFieldsAndABrokenPlan() {
        PlanDocument legacy = TestPlans.legacy(2);
        String text = TerminalView.render(legacy, CATALOG);
        assertFalse(text.contains("self-tests"));
        assertFalse(text.contains("(new:"));
        assertFalse(text.contains("easier week"));
        assertTrue(text.contains("  Sat 09 Jan  Strength 18 min + 6 min warm-up: Superman 3x8,"), text);
        AthleteFacing.assertStopLine(AthleteFacing.flat(text), line -> line);

        PlanDocument broken = TestPlans.edited(1, map -> {
            map.put("feasible", false);
            map.put("score", "-2hard/-40soft");
        });
        String brokenText = TerminalView.render(broken, CATALOG);
        AthleteFacing.assertNoScoreOrRuleTalk(brokenText, broken);
        assertTrue(AthleteFacing.flat(brokenText).contains("Read before you start ! This plan did not pass all of its "
                + "safety checks: ask your coach or physiotherapist to look at it before you follow it."), brokenText);
    }

    @Test
    void theCompactListCoachesReadInCompareIsUnchanged() {
        PlanDocument plan = TestPlans.sample(1);
        assertEquals("superman 3x8, single-leg-balance-reach 3x8/side, high-plank-leg-lifts 3x8, "
                + "single-leg-bridge 3x8/side", TerminalView.exercises(plan.days().get(1).sessions().get(0).exercises()));
        assertEquals("kneeling-hip-flexor-stretch 4x20s/side",
                TerminalView.exercises(plan.days().get(1).sessions().get(1).exercises()));
    }
}
