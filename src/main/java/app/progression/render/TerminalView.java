package app.progression.render;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.PlanDocuments;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan as text for the athlete, within 80 columns: when to stop, what the self-tests found, each week day by
 * day, and how to do every exercise. No score: that is for coaches, in the JSON and in {@code explain}.
 */
public final class TerminalView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);
    /** As wide as a day's label ("  Mon 04 Jan  "), so a day's later sessions line up under its first. */
    private static final String INDENT = " ".repeat(14);

    private TerminalView() {
    }

    /** With the built-in catalog's how-to texts. */
    public static String render(PlanDocument plan) {
        return render(plan, CatalogLoader.builtIn());
    }

    public static String render(PlanDocument plan, Catalog catalog) {
        StringBuilder out = new StringBuilder();
        List<DayPlan> days = plan.days();
        wrap(out, "", "Plan for " + PlanText.athleteName(plan) + " (" + plan.athleteId() + "): " + plan.weeks()
                + (plan.weeks() == 1 ? " week, " : " weeks, ") + PlanText.plain(PlanText.dateRange(days)) + ".");
        wrap(out, "", "Every run is " + PlanDocuments.EASY_PACE + ".");
        if (PlanText.hasWarmups(plan) && !catalog.warmUp().isEmpty()) {
            wrap(out, "", "A session with a warm-up starts with it: " + PlanText.plain(PlanText.warmUpLine(catalog))
                    + ".");
        }
        out.append('\n');
        wrap(out, "", "STOP: " + AthleteNotes.stopLine());
        findings(out, plan, catalog);
        if (!plan.feasible() || !PlanText.warnings(plan).isEmpty()) {
            out.append("\nRead before you start\n");
        }
        if (!plan.feasible()) {
            wrap(out, "  ", "! " + AthleteNotes.NEEDS_A_SECOND_LOOK);
        }
        for (String warning : PlanText.warnings(plan)) {
            wrap(out, "  ", "! " + warning);
        }
        for (WeekSummary week : plan.weekSummaries()) {
            out.append('\n');
            week(out, plan, week, catalog);
        }
        howTo(out, plan, catalog);
        return out.toString();
    }

    private static void findings(StringBuilder out, PlanDocument plan, Catalog catalog) {
        List<AthleteNotes.Finding> findings = AthleteNotes.findings(plan, catalog);
        if (findings.isEmpty()) {
            return;
        }
        Map<String, String> names = AthleteNotes.names(plan, catalog);
        out.append('\n').append("What your self-tests found\n");
        for (AthleteNotes.Finding finding : findings) {
            wrap(out, "  ", finding.label() + ". " + PlanText.capitalize(finding.servedByText(names)) + "."
                    + (finding.tip() == null ? "" : " " + PlanText.capitalize(finding.tip()) + "."));
        }
    }

    private static void week(StringBuilder out, PlanDocument plan, WeekSummary week, Catalog catalog) {
        List<DayPlan> days = PlanText.daysOf(plan, week.week());
        wrap(out, "", "Week " + week.week() + " (" + PlanText.plain(PlanText.dateRange(days)) + "): "
                + week.runMinutes() + " min running in " + PlanText.plural(week.runs(), "run") + ", "
                + PlanText.plural(week.strengthSessions(), "strength session")
                + (week.cutback() ? "; " + AthleteNotes.easierWeek(week) : ""));
        for (DayPlan day : days) {
            renderDay(out, day, catalog);
        }
    }

    private static void renderDay(StringBuilder out, DayPlan day, Catalog catalog) {
        String label = "  " + DAY.format(day.date()) + "  ";
        if (day.sessions().isEmpty()) {
            out.append(label).append(day.availableMinutes() > 0 ? "rest" : "rest (not available)").append('\n');
            return;
        }
        boolean first = true;
        for (SessionPlan session : day.sessions()) {
            wrap(out, first ? label : INDENT, describe(day, session, catalog));
            first = false;
        }
    }

    /** "Strength 18 min + 6 min warm-up: Superman 3x8, ...", a session that follows the warm-up says so. */
    static String describe(DayPlan day, SessionPlan session, Catalog catalog) {
        String minutes = PlanText.minutes(session)
                + (PlanText.followsTheWarmUp(day, session) ? " (" + AthleteNotes.ALREADY_WARM + ")" : "");
        String what = PlanText.title(session) + " " + minutes;
        List<ExercisePlan> exercises = PlanText.exercises(session);
        if (exercises.isEmpty()) {
            return what;
        }
        return what + ": " + exercises.stream().map(exercise -> PlanText.name(exercise, catalog) + " "
                + compactDose(exercise) + (AthleteNotes.isTestFirst(exercise) ? " (" + AthleteNotes.TEST_FIRST + ")"
                        : "")).collect(Collectors.joining(", "));
    }

    /** "3x8 per side", "2x30s hold": numbers and units without spaces, so a line never breaks between them. */
    private static String compactDose(ExercisePlan exercise) {
        return PlanText.plain(PlanText.dose(exercise).replace(" " + PlanText.TIMES + " ", "x")
                .replaceAll("(\\d) s\\b", "$1s"));
    }

    private static void howTo(StringBuilder out, PlanDocument plan, Catalog catalog) {
        Map<String, String> entries = PlanText.howToEntries(plan, catalog);
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Integer> newIn = AthleteNotes.newExercises(plan);
        out.append("\nHow to do each exercise\n");
        entries.forEach((id, name) -> wrap(out, "  ", name + ": " + (newIn.containsKey(id)
                ? AthleteNotes.newInWeek(newIn.get(id)) + " " : "") + PlanText.howTo(id, catalog)));
    }

    /**
     * A strength or stretch list in the compact form coaches read in {@code compare}:
     * "superman 3x8, cat-cow 1x10, kneeling-hip-flexor-stretch 4x20s/side".
     */
    public static String exercises(List<ExercisePlan> exercises) {
        return exercises.stream().map(TerminalView::dose).collect(Collectors.joining(", "));
    }

    static String dose(ExercisePlan exercise) {
        String amount = exercise.reps() != null ? exercise.sets() + "x" + exercise.reps()
                : exercise.sets() + "x" + exercise.holdSeconds() + "s";
        return exercise.id() + " " + amount + (Boolean.TRUE.equals(exercise.perSide()) ? "/side" : "");
    }

    /** Wraps {@code text}, later lines hanging two columns under the first. */
    static void wrap(StringBuilder out, String firstPrefix, String text) {
        TextLayout.wrap(out, firstPrefix, " ".repeat(Math.min(firstPrefix.length() + 2, 20)), text);
    }
}
