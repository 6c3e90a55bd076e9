package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.plan.PlanDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default output, what `progression plan` prints, stays within 80 columns. */
class TerminalViewWidthTest {

    @Test
    void everyLineFitsEightyColumns() {
        PlanDocument plan = TestPlans.sample("athlete-with-a-rather-long-identifier", "Alexandra Konstantinopoulou-Smith",
                8, 0, List.of("Heel pain: jumping exercises are left out until the heel has been quiet for two weeks "
                        + "and a physiotherapist agrees; the plan keeps to low-impact work instead.",
                        "A path that cannot break: /home/athletes/alexandra/plans/2027/spring/very-long-file-name-"
                                + "without-any-spaces-in-it-at-all.json"));
        String text = TerminalView.render(plan);
        for (String line : text.lines().toList()) {
            assertTrue(line.length() <= 80, "longer than 80 columns (" + line.length() + "): " + line);
        }
        assertTrue(text.contains("Week 8: strength set"));
        assertTrue(text.contains("very-long-file-name"));
    }

    @Test
    void laterSessionsOfADayLineUpUnderTheFirst() {
        String text = TerminalView.render(TestPlans.sample(1));
        List<String> lines = text.lines().toList();
        int monday = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Mon 04 Jan  ")).findFirst().orElseThrow());
        String first = lines.get(monday);
        String second = lines.get(monday + 1);
        int firstColumn = first.indexOf("Easy run");
        int secondColumn = second.length() - second.stripLeading().length();
        assertTrue(firstColumn == secondColumn, "\n" + first + "\n" + second);
    }
}
