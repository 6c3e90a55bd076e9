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
            String css = TestPlans.isCutback(week) ? "week easier-week" : "week";
            assertTrue(html.contains("<section class=\"" + css + "\" id=\"week-" + week + "\">\n<h2>Week " + week
                    + " "), "week " + week);
        }
        assertEquals(plan.days().size(), count(html, "<li class=\"day"));
        assertEquals(TestPlans.sessionCount(plan), count(html, "<div class=\"session "));
        assertTrue(html.contains("<span class=\"dates\">4 \u2013 10 Jan 2027</span>"));
        // Sets and repetitions never split across lines (no-break spaces around the ×).
        assertTrue(html.contains("<a href=\"#ex-single-leg-bridge\">Single-leg bridge</a> "
                + "<span class=\"dose\">3\u00a0\u00d7\u00a08 per side</span>"));
        assertTrue(html.contains("<span class=\"dose\">4\u00a0\u00d7\u00a020 s hold per side</span>"));
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
        assertTrue(html.contains(Html.esc(CATALOG.get("superman").howTo())));
        assertTrue(html.contains("<article id=\"ex-marching-in-place\">"));
        assertFalse(html.contains("has no how-to"));
    }

    @Test
    void theChartShowsTheStrengthSetAndRunMinutesOfEveryWeek() {
        PlanDocument plan = TestPlans.sample(6);
        String html = HtmlRenderer.render(plan, CATALOG);
        String svg = html.substring(html.indexOf("<svg class=\"chart wide\""), html.indexOf("</svg>"));
        for (var week : plan.weekSummaries()) {
            assertTrue(svg.contains("<title>Week " + week.week() + ": " + week.runMinutes() + " min running"
                    + (week.cutback() ? ", an easier week" : "") + "</title>"), "week " + week.week());
            for (String id : week.strengthSet()) {
                String name = CATALOG.get(id).name();
                assertTrue(svg.contains("<title>" + Html.esc(name) + ", week " + week.week() + ": 3\u00d7"),
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
        String brokenHtml = HtmlRenderer.render(broken, CATALOG);
        assertTrue(brokenHtml.contains("<li class=\"broken\"><strong>This plan did not pass all of its safety checks: "
                + "ask your coach or physiotherapist to look at it before you follow it.</strong></li>"), brokenHtml);
        AthleteFacing.assertNoScoreOrRuleTalk(brokenHtml, broken);
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
        assertTrue(html.contains("<a href=\"#ex-coach-wall-sit\">Wall sit</a> <span class=\"dose\">2\u00a0\u00d7\u00a045 s hold"));
        assertTrue(html.contains("<article id=\"ex-coach-wall-sit\">\n<h3>Wall sit</h3>"));
        assertTrue(html.contains("The catalog has no how-to for <code>coach-wall-sit</code>"));
    }

    @Test
    void thePageSpeaksToTheAthlete() {
        PlanDocument plan = TestPlans.sample(8);
        String html = HtmlRenderer.render(plan, CATALOG);
        String flat = AthleteFacing.flat(html);
        AthleteFacing.assertNoScoreOrRuleTalk(html, plan);
        AthleteFacing.assertStopLine(flat, Html::esc);
        assertTrue(html.contains("<section class=\"stop\" aria-labelledby=\"stop-title\">"));
        AthleteFacing.assertSampleFindings(flat, CATALOG, Html::esc);
        AthleteFacing.assertHowToOfEveryExercise(flat, plan, CATALOG, Html::esc);
        // Each finding links to the stretches that serve it.
        assertTrue(html.contains("<li><strong>Tight hip flexor: left side</strong>: stretches for it: "
                + "<a href=\"#ex-kneeling-hip-flexor-stretch\">Kneeling lunge hip flexor stretch</a>, "
                + "<a href=\"#ex-smr-it-band-hip-flexor\">"), html);
        assertTrue(html.contains("<li><strong>Tight hamstrings</strong>: stretches for it: "
                + "<a href=\"#ex-active-hamstring-strap-stretch\">"));
    }

    @Test
    void newExercisesEasierWeeksAndOneWarmUpADayAreShown() {
        PlanDocument plan = TestPlans.sample(8);
        String html = HtmlRenderer.render(plan, CATALOG);
        // A new exercise is marked where it first appears, and its how-to says the same.
        String mark = "<strong class=\"new-mark\">New: try a few slow repetitions first and skip it if it hurts</strong>";
        assertEquals(2, AthleteFacing.testFirstMarks(plan));
        assertEquals(2, count(html, mark));
        String week3 = section(html, "week-3");
        assertTrue(week3.contains("<li class=\"new\"><a href=\"#ex-low-side-plank-lifts\">Modified low side plank lifts"
                + "</a> <span class=\"dose\">3\u00a0\u00d7\u00a012 per side</span> " + mark + "</li>"), week3);
        assertTrue(html.contains("<article id=\"ex-low-side-plank-lifts\">\n<h3>Modified low side plank lifts</h3>\n"
                + "<p class=\"kind\">Strength, step 6 of the ladder, each side</p>\n<p class=\"new-mark\">New in week 3: "
                + "try a few slow repetitions first and skip it if it hurts.</p>"), html);
        assertTrue(html.contains("<p class=\"new-mark\">New in week 5: try a few slow"));
        // Easier weeks are labelled as such, the others not.
        for (int week = 1; week <= 8; week++) {
            boolean easier = section(html, "week-" + week).contains("<span class=\"easier\">Easier week</span>");
            assertEquals(TestPlans.isCutback(week), easier, "week " + week);
        }
        assertTrue(section(html, "week-4").contains("<strong>An easier week: less running, strength held at last "
                + "week&#39;s level.</strong>"));
        // Saturday: the run carries the day's warm-up, the strength after it shows none.
        String saturday = section(html, "week-1").split("<li class=\"day")[6];
        assertTrue(saturday.contains("<div class=\"time\">30 min + 6 min warm-up</div>"), saturday);
        assertTrue(saturday.contains("<div class=\"time\">18 min \u00b7 already warm, no second warm-up</div>"),
                saturday);
        assertEquals(1, count(saturday, "+ 6 min warm-up"));
    }

    @Test
    void printedSessionsHaveTickBoxesAndStrengthAPainScore() {
        PlanDocument plan = TestPlans.sample(2);
        String html = HtmlRenderer.render(plan, CATALOG);
        assertEquals(TestPlans.sessionCount(plan), count(html, "<span class=\"tick\" aria-hidden=\"true\"></span>"));
        long strength = plan.days().stream().flatMap(d -> d.sessions().stream())
                .filter(session -> session.kind() == app.progression.domain.SessionKind.STRENGTH).count();
        assertEquals(strength, count(html, "<div class=\"pain\">Pain 0\u201310: <span class=\"blank\"></span></div>"));
        // Only paper shows them: on screen there is nothing to tick.
        assertTrue(html.contains(".tick, .pain { display: none; }"));
        assertTrue(html.contains("@media print {"));
    }

    @Test
    void aPlanWrittenBeforeFindingsCutbacksAndTestFirstStillRenders() {
        PlanDocument plan = TestPlans.legacy(4);
        assertEquals(null, plan.findings());
        String html = HtmlRenderer.render(plan, CATALOG);
        assertEquals(plan.days().size(), count(html, "<li class=\"day"));
        assertEquals(TestPlans.sessionCount(plan), count(html, "<div class=\"session "));
        assertFalse(html.contains("class=\"findings\""));
        assertFalse(html.contains("class=\"new-mark\""));
        assertFalse(html.contains("Easier week"));
        assertFalse(html.contains("already warm"));
        AthleteFacing.assertStopLine(AthleteFacing.flat(html), Html::esc);
        AthleteFacing.assertNoScoreOrRuleTalk(html, plan);
        // Strength before the run, each with its own warm-up, as such plans were written.
        String saturday = section(html, "week-1").split("<li class=\"day")[6];
        assertEquals(2, count(saturday, "+ 6 min warm-up"));
    }

    @Test
    void findingsWithNothingToServeThemAndUpperBackPain() {
        PlanDocument plan = TestPlans.edited(2, map -> map.put("findings", TestPlans.map("tightHipFlexors",
                java.util.List.of("LEFT", "RIGHT"), "tightHamstrings", false, "heelPain", true, "upperBackPain", true)));
        String html = HtmlRenderer.render(plan, CATALOG);
        assertTrue(html.contains("<strong>Tight hip flexors: both sides (left and right)</strong>: stretches for it:"));
        assertTrue(html.contains("<li><strong>Heel pain (tight calves)</strong>: none of this plan&#39;s stretches "
                + "targets it; ask your coach.</li>"), html);
        // The sample has no wall pull-downs, so nothing serves the upper back; the running tip is there all the same.
        assertTrue(html.contains("<li><strong>Upper-back pain</strong>: none of this plan&#39;s exercises targets it; "
                + "ask your coach; when you run, keep your head over your shoulders"), html);
    }

    /** The HTML of the section with this id, up to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aPhoneGetsANarrowChartOfAtMostEightWeeksEach() {
        String html = HtmlRenderer.render(TestPlans.sample(12), CATALOG);
        assertEquals(1, count(html, "<svg class=\"chart wide\" viewBox=\"0 0 760 "));
        // Drawn 340 units wide, about the width a phone shows it at, so its text keeps its size.
        assertEquals(2, count(html, "<svg class=\"chart narrow\" viewBox=\"0 0 340 "));
        assertTrue(html.contains("<h3>Weeks 1\u20138</h3>") && html.contains("<h3>Weeks 9\u201312</h3>"));
        String second = html.substring(html.indexOf("<h3>Weeks 9\u201312</h3>"));
        assertTrue(second.contains("<title>Week 12: "));
        assertFalse(second.substring(0, second.indexOf("</svg>")).contains("<title>Week 8: "));
        // Every id in the page is unique, the charts' titles included.
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
