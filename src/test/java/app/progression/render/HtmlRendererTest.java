package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the page holds, checked on its text; {@link HtmlBrowserTest} checks it in a real browser. */
class HtmlRendererTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void selfContainedNothingLoadedFromOutside() {
        String html = HtmlRenderer.render(TestPlans.sample(4), CATALOG);
        String lower = html.toLowerCase(Locale.ROOT);
        assertTrue(lower.startsWith("<!doctype html>"));
        for (String outside : List.of("http://", "https://", "src=", "<script", "@import", "url(", "@font-face",
                "rel=\"stylesheet\"")) {
            assertFalse(lower.contains(outside), "the page must not use " + outside);
        }
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
        assertTrue(html.contains("@media print"));
    }

    @Test
    void everyWeekIsACalendarRowOfItsDays() {
        PlanDocument plan = TestPlans.sample(4);
        String html = HtmlRenderer.render(plan, CATALOG);
        for (int week = 1; week <= 4; week++) {
            assertTrue(html.contains("<section class=\"week\" id=\"week-" + week + "\">\n<h2>Week " + week + " "),
                    "week " + week);
        }
        assertEquals(plan.days().size(), count(html, "<li class=\"day"));
        assertEquals(TestPlans.sessionCount(plan), count(html, "<div class=\"session "));
        assertTrue(html.contains("<span class=\"dates\">4 \u2013 10 Jan 2027</span>"));
        assertTrue(html.contains("<a href=\"#ex-single-leg-bridge\">Single-leg bridge</a> "
                + "<span class=\"dose\">3 \u00d7 8 per side</span>"));
        assertTrue(html.contains("<span class=\"dose\">4 \u00d7 20 s hold per side</span>"));
        assertTrue(html.contains("<span class=\"dose\">10 reps</span>"));
        assertTrue(html.contains("Rest (not available)"));
    }

    @Test
    void everyExerciseHasItsHowTo() {
        PlanDocument plan = TestPlans.sample(4);
        String html = HtmlRenderer.render(plan, CATALOG);
        Matcher links = Pattern.compile("href=\"#(ex-[a-z0-9-]+)\"").matcher(html);
        int found = 0;
        while (links.find()) {
            assertTrue(html.contains("<article id=\"" + links.group(1) + "\">"), "how-to for " + links.group(1));
            found++;
        }
        assertTrue(found > 10);
        // The catalog's own text, and the warm-up items too.
        assertTrue(html.contains(HtmlRenderer.esc(CATALOG.get("superman").howTo())));
        assertTrue(html.contains("<article id=\"ex-marching-in-place\">"));
        assertFalse(html.contains("has no how-to"));
    }

    @Test
    void theChartShowsTheStrengthSetAndRunMinutesOfEveryWeek() {
        PlanDocument plan = TestPlans.sample(6);
        String html = HtmlRenderer.render(plan, CATALOG);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        for (var week : plan.weekSummaries()) {
            assertTrue(svg.contains("<title>Week " + week.week() + ": " + week.runMinutes() + " min running</title>"));
            for (String id : week.strengthSet()) {
                String name = CATALOG.get(id).name();
                assertTrue(svg.contains("<title>" + HtmlRenderer.esc(name) + ", week " + week.week() + ": 3\u00d7"),
                        name + " in week " + week.week());
            }
        }
        // Quadruped limb raises join the set in week 5 only.
        assertFalse(svg.contains("Quadruped limb raises (bird dog), week 4:"));
    }

    @Test
    void warningsAreHighlightedAndTextIsEscaped() {
        PlanDocument plan = TestPlans.sample("x", "<script>alert(1)</script>", 1, 0,
                List.of("Heel pain & calf <tightness>"));
        String html = HtmlRenderer.render(plan, CATALOG);
        assertTrue(html.contains("<section class=\"warnings\""));
        assertTrue(html.contains("<li>Heel pain &amp; calf &lt;tightness&gt;</li>"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Training plan for &lt;script&gt;alert(1)&lt;/script&gt;"));

        PlanDocument quiet = TestPlans.sample("x", "X", 1, 0, List.of());
        assertFalse(HtmlRenderer.render(quiet, CATALOG).contains("class=\"warnings\""));
        PlanDocument broken = TestPlans.edited(1, map -> {
            map.put("feasible", false);
            map.put("score", "-1hard/0soft");
        });
        assertTrue(HtmlRenderer.render(broken, CATALOG).contains("This plan breaks some hard rules."));
    }

    @Test
    void anExerciseMissingFromTheCatalogStillRenders() {
        PlanDocument plan = TestPlans.edited(1, map -> {
            @SuppressWarnings("unchecked")
            List<Object> days = (List<Object>) map.get("days");
            days.set(2, TestPlans.day(TestPlans.START.plusDays(2), 1, 30, List.of(TestPlans.session("FLEXIBILITY", 3,
                    null, List.of(TestPlans.exercise("coach-wall-sit", "Wall sit", 2, null, 45, false))))));
        });
        String html = HtmlRenderer.render(plan, CATALOG);
        assertTrue(html.contains("<a href=\"#ex-coach-wall-sit\">Wall sit</a> <span class=\"dose\">2 \u00d7 45 s hold"));
        assertTrue(html.contains("<article id=\"ex-coach-wall-sit\">\n<h3>Wall sit</h3>"));
        assertTrue(html.contains("The catalog has no how-to for <code>coach-wall-sit</code>"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
