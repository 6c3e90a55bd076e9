package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void oneTablePerWeekWithARowPerSessionOrRestDay() {
        PlanDocument plan = TestPlans.sample(3);
        String md = MarkdownRenderer.render(plan, CATALOG);
        List<String> lines = md.lines().toList();
        for (int week = 1; week <= 3; week++) {
            assertTrue(md.contains("\n## Week " + week + " ("), "week " + week);
        }
        assertEquals(3, lines.stream().filter(l -> l.equals("| Day | Session | Time | Exercises |")).count());
        assertEquals(3, lines.stream().filter(l -> l.equals("| --- | --- | --- | --- |")).count());
        long rows = lines.stream().filter(l -> l.startsWith("| ") && !l.startsWith("| Day") && !l.startsWith("| ---"))
                .count();
        long restDays = plan.days().stream().filter(d -> d.sessions().isEmpty()).count();
        assertEquals(TestPlans.sessionCount(plan) + restDays, rows);
        // Every table row has exactly the four cells of the header.
        lines.stream().filter(l -> l.startsWith("| ")).forEach(l ->
                assertEquals(5, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l));
        assertTrue(md.contains("| Tue 5 Jan | Strength | 18 min + 6 min warm-up | Superman 3 \u00d7 8; "
                + "Single-leg balance and reach to shin 3 \u00d7 8 per side;"), md);
        assertTrue(md.contains("Kneeling lunge hip flexor stretch 4 \u00d7 20 s hold per side"));
        assertTrue(md.contains("| Wed 6 Jan | Rest | | |"));
        assertTrue(md.contains("| Cross-training: swimming | 30 min |"));
        assertTrue(md.contains("> **Warning:** Heel pain: jumping exercises are left out for now."));
    }

    @Test
    void itSpeaksToTheAthlete() {
        PlanDocument plan = TestPlans.sample(8);
        String md = MarkdownRenderer.render(plan, CATALOG);
        String flat = AthleteFacing.flat(md);
        AthleteFacing.assertNoScoreOrRuleTalk(md, plan);
        AthleteFacing.assertStopLine(flat, MarkdownRenderer::escape);
        assertTrue(md.contains("\n> **Stop if it hurts.** Stop any exercise that hurts"));
        AthleteFacing.assertSampleFindings(flat, CATALOG, MarkdownRenderer::escape);
        assertTrue(md.contains("\n## What your self-tests found\n\n- **Tight hip flexor: left side**: stretches for it: "
                + "Kneeling lunge hip flexor stretch, Foam-roll the IT band, then kneeling hip flexor stretch.\n"
                + "- **Tight hamstrings**: stretches for it: Active hamstring stretch with a strap.\n"), md);
        // How to do each exercise, at the end, for everything the plan uses.
        assertTrue(md.contains("\n## How to do each exercise\n\n- **Superman**: "));
        AthleteFacing.assertHowToOfEveryExercise(flat, plan, CATALOG, MarkdownRenderer::escape);
    }

    @Test
    void newExercisesEasierWeeksAndOneWarmUpADay() {
        PlanDocument plan = TestPlans.sample(8);
        String md = MarkdownRenderer.render(plan, CATALOG);
        String mark = " (**new: try a few slow repetitions first and skip it if it hurts**)";
        AthleteFacing.assertCount(AthleteFacing.testFirstMarks(plan), md, mark);
        assertTrue(md.contains("| Tue 19 Jan | Strength | 20 min + 6 min warm-up | Single-leg balance and reach to shin "
                + "3 \u00d7 12 per side; High plank leg lifts 3 \u00d7 12; Single-leg bridge 3 \u00d7 12 per side; "
                + "Modified low side plank lifts 3 \u00d7 12 per side" + mark + " |"), md);
        assertTrue(md.contains("- **Modified low side plank lifts**: **New in week 3: try a few slow repetitions first "
                + "and skip it if it hurts.** Lie on your side"), md);
        List<String> headings = md.lines().filter(line -> line.startsWith("## Week ")).toList();
        assertEquals(8, headings.size());
        for (int week = 1; week <= 8; week++) {
            assertEquals(TestPlans.isCutback(week), headings.get(week - 1).endsWith("): easier week"), "week " + week);
        }
        assertTrue(md.contains("\n\nThis is an easier week: less running, strength held at last week's level. "));
        assertTrue(md.contains("| Sat 9 Jan | Easy run | 30 min + 6 min warm-up | at an easy pace |\n"
                + "|  | Strength | 18 min, already warm, no second warm-up | Superman 3 \u00d7 8;"), md);
    }

    @Test
    void aPlanWrittenBeforeTheNewFieldsStillRenders() {
        PlanDocument plan = TestPlans.legacy(4);
        String md = MarkdownRenderer.render(plan, CATALOG);
        assertFalse(md.contains("self-tests found"));
        assertFalse(md.contains("**new:"));
        assertFalse(md.contains("easier week"));
        assertTrue(md.contains("| Sat 9 Jan | Strength | 18 min + 6 min warm-up |"));
        assertTrue(md.contains("|  | Easy run | 30 min + 6 min warm-up |"));
        AthleteFacing.assertStopLine(AthleteFacing.flat(md), MarkdownRenderer::escape);
        AthleteFacing.assertNoScoreOrRuleTalk(md, plan);

        PlanDocument broken = TestPlans.edited(1, map -> map.put("feasible", false));
        String brokenMd = MarkdownRenderer.render(broken, CATALOG);
        assertTrue(brokenMd.contains("> **Warning:** This plan did not pass all of its safety checks"), brokenMd);
        AthleteFacing.assertNoScoreOrRuleTalk(brokenMd, broken);
    }

    @Test
    void cellTextCannotBreakTheTable() {
        PlanDocument plan = TestPlans.sample("x", "Jo | *Bold* <b>", 1, 0, List.of("a | b"));
        String md = MarkdownRenderer.render(plan, CATALOG);
        assertTrue(md.startsWith("# Training plan for Jo \\| \\*Bold\\* \\<b\\>\n"), md);
        assertTrue(md.contains("> **Warning:** a \\| b"));
        assertFalse(md.contains("<b>"));
    }
}
