package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default output, what `progression plan` prints, stays within 80 columns. */
class TerminalViewWidthTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void everyLineFitsEightyColumns() {
        PlanDocument plan = TestPlans.sample("athlete-with-a-rather-long-identifier", "Alexandra Konstantinopoulou-Smith",
                8, 0, List.of("Heel pain: jumping exercises are left out until the heel has been quiet for two weeks "
                        + "and a physiotherapist agrees; the plan keeps to low-impact work instead.",
                        "A path that cannot break: /home/athletes/alexandra/plans/2027/spring/very-long-file-name-"
                                + "without-any-spaces-in-it-at-all.json"));
        String text = TerminalView.render(plan, CATALOG);
        assertFitsEightyColumns(text);
        assertTrue(text.contains("\nWeek 8 (22 - 28 Feb 2027): "));
        assertTrue(text.contains("very-long-file-name"));
        // The longer parts of the athlete's text wrap too: findings, new-exercise marks, how-to texts.
        assertTrue(text.contains("\nWhat your self-tests found\n"));
        assertTrue(AthleteFacing.flat(text).contains("(new: try a few slow"));
        assertTrue(text.contains("\nHow to do each exercise\n"));
    }

    @Test
    void aPlanWrittenBeforeTheNewFieldsFitsToo() {
        assertFitsEightyColumns(TerminalView.render(TestPlans.legacy(4), CATALOG));
        PlanDocument upperBack = TestPlans.edited(2, map -> map.put("findings", TestPlans.map("tightHipFlexors",
                List.of("LEFT", "RIGHT"), "tightHamstrings", true, "heelPain", true, "upperBackPain", true)));
        assertFitsEightyColumns(TerminalView.render(upperBack, CATALOG));
    }

    private static void assertFitsEightyColumns(String text) {
        for (String line : text.lines().toList()) {
            assertTrue(line.length() <= 80, "longer than 80 columns (" + line.length() + "): " + line);
        }
    }

    @Test
    void laterSessionsOfADayLineUpUnderTheFirst() {
        String text = TerminalView.render(TestPlans.sample(1), CATALOG);
        List<String> lines = text.lines().toList();
        int monday = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Mon 04 Jan  ")).findFirst().orElseThrow());
        String first = lines.get(monday);
        String second = lines.get(monday + 1);
        int firstColumn = first.indexOf("Easy run");
        int secondColumn = second.length() - second.stripLeading().length();
        assertTrue(firstColumn == secondColumn, "\n" + first + "\n" + second);
    }
}
