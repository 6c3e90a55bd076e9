package app.progression.property;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.catalog.Exercise;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random valid profiles as JSON text, over the whole profile schema but red flags: every start weekday, 1-52
 * weeks (mostly short), 0-7 runs and 0-4 strength sessions, availability from none to every day and from a few
 * minutes to 600, painful lists up to everything, findings, equipment, cross-training, the running-model fields
 * and weights. Optional fields are sometimes left out, so the defaults are exercised too.
 */
public final class ProfileArbitraries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final List<String> EXERCISE_IDS = CATALOG.exercises().stream().map(Exercise::id).toList();
    private static final List<String> LADDER_IDS = CATALOG.exercises().stream()
            .filter(Exercise::isOnLadder).map(Exercise::id).toList();
    /** Soft rules only: a weight of 0 on a safety rule is refused, and these exist before and after issue 8. */
    private static final List<String> SOFT_RULES = List.of("runs-not-back-to-back", "rest-day-each-week",
            "mixed-body-regions", "easy-run-volume", "no-run-after-strength");
    private static final double OPTIONAL = 0.8;

    private ProfileArbitraries() {
    }

    /** Profiles of up to {@code maxWeeks} weeks; {@code weeks} is always written when the default (8) is too long. */
    public static Arbitrary<String> profiles(int maxWeeks) {
        return Builders.withBuilder(ProfileJson::new)
                .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12))
                .inSetter((p, id) -> p.athlete("a" + id))
                .use(Combinators.combine(Arbitraries.of(DayOfWeek.values()), between(0, 150))
                        .as((weekday, week) -> LocalDate.of(2026, 1, 5).plusWeeks(week).with(weekday)))
                .inSetter((p, date) -> p.node.put("startDate", date.toString()))
                .use(weeks(maxWeeks)).withProbability(maxWeeks >= 8 ? OPTIONAL : 1.0)
                .inSetter((p, w) -> p.node.put("weeks", w))
                .use(availability()).inSetter((p, minutes) -> p.available(minutes))
                .use(Arbitraries.frequencyOf(Tuple.of(3, between(0, 3)),
                        Tuple.of(1, between(4, 7)))).withProbability(OPTIONAL)
                .inSetter((p, runs) -> p.node.put("runsPerWeek", runs))
                .use(minutesUpTo(240)).withProbability(OPTIONAL).inSetter((p, m) -> p.node.put("easyRunMinutes", m))
                .use(between(0, 4)).withProbability(OPTIONAL)
                .inSetter((p, s) -> p.node.put("strengthSessionsPerWeek", s))
                .use(between(10, 1680)).withProbability(0.4)
                .inSetter((p, t) -> p.node.put("targetWeeklyRunMinutes", t))
                .use(minutesUpTo(120)).withProbability(0.5).inSetter((p, m) -> p.node.put("minRunMinutes", m))
                .use(Arbitraries.oneOf(Arbitraries.just(0), between(2, 8)))
                .withProbability(0.6).inSetter((p, c) -> p.node.put("cutbackEvery", c))
                .use(painful()).withProbability(OPTIONAL).inSetter((p, ids) -> p.list("painful", ids))
                .use(findings()).withProbability(0.6).inSetter((p, f) -> p.node.set("findings", f))
                .use(Arbitraries.of("FOAM_ROLLER", "STRAP", "MASSAGE_BALL").list().uniqueElements().ofMaxSize(3))
                .withProbability(0.6).inSetter((p, e) -> p.list("equipment", e))
                .use(Arbitraries.of("SWIMMING", "CYCLING", "YOGA").list().uniqueElements().ofMaxSize(3))
                .withProbability(0.6).inSetter((p, c) -> p.list("crossTraining", c))
                .use(between(10, 180)).withProbability(0.3)
                .inSetter((p, m) -> p.node.put("crossTrainingMinutes", m))
                .use(Arbitraries.of(true, false)).withProbability(0.6)
                .inSetter((p, o) -> p.node.put("trainsOutdoors", o))
                .use(between(1, 4)).withProbability(0.6)
                .inSetter((p, r) -> p.node.put("maxRepIncreasePerWeek", r))
                .use(Arbitraries.maps(Arbitraries.of(SOFT_RULES), between(0, 100))
                        .ofMaxSize(3)).withProbability(0.15)
                .inSetter((p, w) -> w.forEach((rule, weight) -> p.node.withObjectProperty("weights").put(rule, weight)))
                .build(ProfileJson::text);
    }

    /** Uniform: jqwik's default leans to the ends of a range. */
    static Arbitrary<Integer> between(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** Mostly short plans, some long ones, never past {@code maxWeeks}. */
    static Arbitrary<Integer> weeks(int maxWeeks) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(1)),
                Tuple.of(6, between(2, Math.min(4, maxWeeks))),
                Tuple.of(4, between(Math.min(5, maxWeeks), Math.min(12, maxWeeks))),
                Tuple.of(1, between(Math.min(13, maxWeeks), maxWeeks)));
    }

    /** Each profile has its own density, from no day to every day, and its days from tight to roomy. */
    static Arbitrary<Map<DayOfWeek, Integer>> availability() {
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(3, between(1, 35)),
                Tuple.of(4, between(36, 75)),
                Tuple.of(3, between(76, 150)),
                Tuple.of(1, between(151, 600)));
        Arbitrary<Integer> density = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(2, 15), Tuple.of(3, 30),
                Tuple.of(3, 50), Tuple.of(3, 70), Tuple.of(2, 85), Tuple.of(2, 100));
        return density.flatMap(percent ->
                Combinators.combine(between(0, 99), minutes).as((roll, value) -> roll < percent ? value : null)
                        .list().ofSize(7).map(values -> {
                            Map<DayOfWeek, Integer> days = new LinkedHashMap<>();
                            for (DayOfWeek day : DayOfWeek.values()) {
                                if (values.get(day.ordinal()) != null) {
                                    days.put(day, values.get(day.ordinal()));
                                }
                            }
                            return days;
                        }));
    }

    /** Minutes from 5 up to {@code most}, mostly short. */
    static Arbitrary<Integer> minutesUpTo(int most) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, between(5, 30)),
                Tuple.of(3, between(31, Math.min(60, most))),
                Tuple.of(1, between(Math.min(61, most), most)));
    }

    /** None, some, every ladder exercise, or everything in the catalog. */
    static Arbitrary<List<String>> painful() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<String>of())),
                Tuple.of(5, Arbitraries.of(EXERCISE_IDS).list().uniqueElements().ofMaxSize(8)),
                Tuple.of(2, Arbitraries.of(LADDER_IDS).list().uniqueElements().ofMinSize(8).ofMaxSize(LADDER_IDS.size())),
                Tuple.of(1, Arbitraries.just(LADDER_IDS)),
                Tuple.of(1, Arbitraries.just(EXERCISE_IDS)));
    }

    static Arbitrary<ObjectNode> findings() {
        return Builders.withBuilder(JSON::createObjectNode)
                .use(Arbitraries.of("LEFT", "RIGHT").list().uniqueElements().ofMaxSize(2)).withProbability(0.6)
                .inSetter((node, sides) -> sides.forEach(node.putArray("tightHipFlexors")::add))
                .use(Arbitraries.of(true, false)).withProbability(0.6)
                .inSetter((node, b) -> node.put("tightHamstrings", b))
                .use(Arbitraries.of(true, false)).withProbability(0.6).inSetter((node, b) -> node.put("heelPain", b))
                .use(Arbitraries.of(true, false)).withProbability(0.6)
                .inSetter((node, b) -> node.put("upperBackPain", b))
                .build();
    }

    /** The JSON object being built; required fields get a value even when an arbitrary is skipped. */
    static final class ProfileJson {

        final ObjectNode node = JSON.createObjectNode();

        ProfileJson() {
            node.putObject("athlete").put("id", "athlete");
            node.put("startDate", "2027-01-04");
            node.putObject("availableMinutes");
        }

        void athlete(String id) {
            ObjectNode athlete = node.putObject("athlete");
            athlete.put("id", id);
            if (id.length() % 2 == 0) {
                athlete.put("name", "Athlete " + id);
            }
        }

        void available(Map<DayOfWeek, Integer> minutes) {
            ObjectNode days = node.putObject("availableMinutes");
            minutes.forEach((day, value) -> days.put(day.name(), value));
        }

        void list(String field, List<String> values) {
            values.forEach(node.putArray(field)::add);
        }

        String text() {
            return node.toPrettyString();
        }
    }
}
