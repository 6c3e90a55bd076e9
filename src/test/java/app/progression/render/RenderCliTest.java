package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `progression render` and the new options of `progression plan`, run as a user runs them. */
class RenderCliTest {

    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private Path planFile() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, Json.MAPPER.writeValueAsString(TestPlans.sample(3)));
        return file;
    }

    private static void assertCleanError(Cli.Result run, String expected) {
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), "no exception names: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rendersEachFormatFromTheExtension() throws Exception {
        Path plan = planFile();
        for (String name : List.of("plan.html", "plan.ics", "plan.md", "plan.txt", "copy.json", "plain")) {
            Cli.Result run = run("render", plan.toString(), "--out", dir.resolve("out").resolve(name).toString());
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().startsWith("Plan written to "), run.out());
        }
        Path out = dir.resolve("out");
        assertTrue(Files.readString(out.resolve("plan.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(out.resolve("plan.md")).startsWith("# Training plan for Sam"));
        assertTrue(Files.readString(out.resolve("plan.txt")).startsWith("Plan for Sam (sam)"));
        PlanDocument copy = Json.MAPPER.readValue(out.resolve("copy.json").toFile(), PlanDocument.class);
        assertEquals(TestPlans.sample(3), copy);
        assertEquals(copy, Json.MAPPER.readValue(out.resolve("plain").toFile(), PlanDocument.class));
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(out.resolve("plan.ics"))));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(TestPlans.sessionCount(TestPlans.sample(3)), events.size());
        assertEquals("2027-01-04T07:00", events.get(0).getStartDate().orElseThrow().getDate().toString());
        assertEquals(List.of("copy.json", "plain", "plan.html", "plan.ics", "plan.md", "plan.txt"), filesIn(out),
                "no temporary files left behind");
    }

    /**
     * Plan files written before findings, cutback weeks and testFirst existed render as well as new ones, and no
     * athlete-facing format shows the solver's score (only the JSON keeps it, for apps and coaches).
     */
    @Test
    void oldAndNewPlanFilesRenderForTheAthleteWithoutTheScore() throws Exception {
        Path legacy = dir.resolve("legacy.json");
        Files.writeString(legacy, Json.MAPPER.writeValueAsString(TestPlans.legacyMap(3)));
        assertFalse(Files.readString(legacy).contains("findings"), "written as older versions wrote plans");
        assertFalse(Files.readString(legacy).contains("cutback"));
        for (Path plan : List.of(legacy, planFile())) {
            PlanDocument document = PlanFiles.read(plan);
            for (String format : List.of("txt", "md", "html", "ics")) {
                Cli.Result run = run("render", plan.toString(), "--format", format);
                assertEquals(0, run.exitCode(), plan + " as " + format + ": " + run);
                String flat = AthleteFacing.flat(format.equals("ics") ? run.out().replace("\r\n ", "")
                        .replace("\\,", ",") : run.out());
                AthleteFacing.assertNoScoreOrRuleTalk(flat, document);
                assertTrue(flat.contains("Stop any exercise that hurts"), plan + " as " + format);
                assertEquals(plan.equals(legacy), !flat.contains("Tight hip flexor: left side"), plan + " as " + format);
            }
            Cli.Result json = run("render", plan.toString(), "--format", "json");
            assertTrue(json.out().contains("\"score\" : \"0hard/-120soft\""), json.out());
        }
    }

    @Test
    void formatAndAtOverrideTheDefaults() throws Exception {
        Path plan = planFile();
        Path ics = dir.resolve("calendar.txt");
        Cli.Result run = run("render", plan.toString(), "--format", "ics", "--at", "18:30", "--out", ics.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<VEvent> events = new CalendarBuilder().build(new StringReader(Files.readString(ics)))
                .getComponents(VEvent.VEVENT);
        assertEquals("2027-01-04T18:30", events.get(0).getStartDate().orElseThrow().getDate().toString());
    }

    @Test
    void withoutOutItPrintsTextOrTheAskedFormat() throws Exception {
        Path plan = planFile();
        Cli.Result text = run("render", plan.toString());
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().startsWith("Plan for Sam (sam): 3 weeks"), text.out());
        text.out().lines().forEach(line -> assertTrue(line.length() <= 80, line));
        Cli.Result md = run("render", plan.toString(), "--format", "md");
        assertTrue(md.out().startsWith("# Training plan for Sam"), md.out());
        Cli.Result ics = run("render", plan.toString(), "--format", "ics", "--at", "6:00");
        assertTrue(ics.out().startsWith("BEGIN:VCALENDAR"), ics.out());
        assertTrue(ics.out().contains("DTSTART:20270104T060000"), ics.out());
    }

    @Test
    void badInputIsAClearErrorAndWritesNothing() throws Exception {
        Path plan = planFile();
        Path html = dir.resolve("plan.html");
        Files.writeString(html, "the old page");
        assertCleanError(run("render", plan.toString(), "--out", dir.resolve("plan.pdf").toString()),
                "Cannot tell the format of");
        assertCleanError(run("render", plan.toString(), "--format", "pdf", "--out", html.toString()),
                "--format 'pdf' is not a known format. Use one of: json|txt|md|html|ics.");
        assertCleanError(run("render", plan.toString(), "--out", dir.resolve("plan.ics").toString(), "--at", "7am"),
                "--at '7am' is not a time of day");
        assertCleanError(run("render", plan.toString(), "--out", html.toString(), "--at", "07:00"),
                "only applies to ics output");
        assertCleanError(run("render", dir.resolve("missing.json").toString(), "--out", html.toString()),
                "does not exist");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"athleteId\": \"sam\", \"days\": [");
        assertCleanError(run("render", broken.toString(), "--out", html.toString()), "is not valid JSON");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{}");
        assertCleanError(run("render", empty.toString(), "--out", html.toString()), "'days' is missing or empty");
        Path profile = Path.of("problems/beginner-tight-hip-flexors.json").toAbsolutePath();
        assertCleanError(run("render", profile.toString(), "--out", html.toString()), "looks like an athlete profile");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertCleanError(run("render", folder.toString(), "--out", html.toString()), "is a directory");

        assertEquals("the old page", Files.readString(html), "a failed run leaves the old file alone");
        assertEquals(List.of("broken.json", "empty.json", "folder.json", "plan.html", "plan.json"), filesIn(dir));
    }

    @Test
    void planChecksItsOutputOptionsBeforeSolving() {
        Path profile = Path.of("problems/beginner-tight-hip-flexors.json");
        long start = System.nanoTime();
        assertCleanError(run("plan", profile.toString(), "--out", dir.resolve("plan.pdf").toString()),
                "Cannot tell the format of");
        assertCleanError(run("plan", profile.toString(), "--out", dir.resolve("plan.ics").toString(), "--at", "25:00"),
                "--at '25:00'");
        assertCleanError(run("plan", profile.toString(), "--at", "07:00"), "only applies to ics output");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, not after solving");
    }

    @Test
    void planWritesTheCalendarAtTheChosenTime() throws Exception {
        Path profile = Path.of("problems/beginner-tight-hip-flexors.json");
        Path ics = dir.resolve("sam.ics");
        Cli.Result run = run("plan", profile.toString(), "--seed", "42", "--seconds", "2", "--out", ics.toString(),
                "--at", "06:15");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Plan for Sam (sam)"), "the terminal view still comes first");
        assertFalse(run.out().toLowerCase(java.util.Locale.ROOT).contains("score"), "no score for the athlete");
        assertTrue(run.out().contains("Tight hip flexor"), "the example's findings, with their side");
        assertTrue(run.out().contains("Plan written to " + ics), run.out());
        List<VEvent> events = new CalendarBuilder().build(new StringReader(Files.readString(ics)))
                .getComponents(VEvent.VEVENT);
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> e.getUid().orElseThrow().getValue().startsWith("sam-2027")));
        assertEquals("06:15", events.get(0).getStartDate().orElseThrow().getDate().toString().substring(11));
    }
}
