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
    void cellTextCannotBreakTheTable() {
        PlanDocument plan = TestPlans.sample("x", "Jo | *Bold* <b>", 1, 0, List.of("a | b"));
        String md = MarkdownRenderer.render(plan, CATALOG);
        assertTrue(md.startsWith("# Training plan for Jo \\| \\*Bold\\* \\<b\\>\n"), md);
        assertTrue(md.contains("> **Warning:** a \\| b"));
        assertFalse(md.contains("<b>"));
    }
}
