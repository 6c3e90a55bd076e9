package app.progression.oracle;

import app.progression.catalog.Catalog;
import app.progression.profile.Profile;
import java.time.LocalDate;
import java.util.Set;

/**
 * Decides, without the solver or its model, whether any plan keeps every hard rule of the rules-spec
 * (notes/rules-spec.md) for a profile, and shows one when it does.
 *
 * <h2>What is searched</h2>
 * The plan is reduced to week shapes (see {@link ShapeSearch}): the week-1 strength set (one entry per starting
 * rung, the quickest variant) held at 8 repetitions in every week, plus any add-ons; runs of the shortest
 * allowed length m = min(minRunMinutes, E); per week, which days hold strength and which a run; one warm-up a
 * day. Weeks are searched in order with a 4-valued memory (strength on the week's last day; runs lengthened for
 * a following cutback week), so the search is exhaustive over these shapes in O(weeks x 2^14).
 *
 * <h2>Why a shape sequence is a valid plan (soundness of "feasible")</h2>
 * Holding the set keeps every progression rule (no swap, no repetition change, cutback weeks hold). Runs at m:
 * no-junk-runs holds; W(k) = R m is at most the ceiling max(T, R E) and at most 110% of any reference week
 * (all at least R m, W0 = R E); each run is at most 110% of the run-length history, since the 30 days before any
 * week hold a run of at least m (before week 1: E). A cutback week after R m is "at the floor"
 * (R m 100 > 85 R m): every run is exactly m, or it holds R-1 runs, which the spec allows when m 100 <=
 * 85 R m, i.e. R <= 6. With R = 7 a cutback week may drop a run only after a week of at least
 * V = ceil(600 m / 85) minutes; the strict search lengthens that week's runs by V - 7 m in total, each run by at
 * most floor(1.1 m) - m (floor(1.1 E) - m in week 1) and only when V is within the ceiling and 110% of 7 m, which
 * keeps every cap (V stays at the floor: 85 V < 700 m).
 *
 * <h2>Why no shape sequence means no plan (completeness of "infeasible")</h2>
 * Take any valid plan P. Its strength sessions take at least the week-1 minutes M1 in weeks 1 and 2 (week 2 holds
 * week 1's exercises at as many repetitions or more, since nothing leaves before a week at 12) and in week 3
 * when week 2 is a cutback week (it holds 8 repetitions). Its runs are at least m. So P's week-1, week-2 and (if
 * week 2 is a cutback week) week-3 day choices are shapes at M1 and m. Without coach-full dates every week has
 * the same days, and a sequence the search accepts is built from them: if week 1's shape p1 does not hold
 * strength on both the block's first and last day, repeat p1 (in cutback weeks with all runs at m, or one
 * dropped); else week 2's shape p2 has no strength on the first day: repeat p2 if week 2 is not a cutback week or
 * p2 has R runs; else (cutback every 2 weeks, p2 with R-1 runs) either week 3's shape p3 lacks an end (repeat
 * it) or p2 lacks both ends (alternate p1, p2). Shorter strength sessions later in P (after a swap to a quicker
 * exercise) are never needed for this. With coach-full dates (team batches) the weeks differ, so the relaxed
 * search takes P's own days week by week and gives every week from {@link OracleFacts#firstWeekOfQuickerSets()}
 * the least minutes any set of that size could take.
 *
 * <h2>Where the answer is "undecided"</h2>
 * The strict search (sound) and the relaxed one (complete) only differ (1) for 7 runs a week with cutback weeks
 * when one run may grow by less than V - 7 m (floor(1.1 m) - m &lt; V - 7 m: m in 5..9 or 18..19), where how far
 * a run may grow depends on the runs of earlier weeks; and (2) with coach-full
 * dates, when only a later quicker strength set would fit a week. Everywhere else both searches agree, so the
 * answer is exact: strict feasible means feasible, relaxed infeasible means infeasible.
 */
public final class FeasibilityOracle {

    private FeasibilityOracle() {
    }

    public static Verdict decide(Profile profile, Catalog catalog) {
        return decide(profile, catalog, Set.of());
    }

    /** As {@link #decide(Profile, Catalog)}, with dates on which the coach can take no more strength sessions. */
    public static Verdict decide(Profile profile, Catalog catalog, Set<LocalDate> coachFullDates) {
        OracleFacts facts = OracleFacts.of(profile, catalog);
        ShapeSearch.Outcome strict = new ShapeSearch(facts, coachFullDates, ShapeSearch.Mode.STRICT).run();
        if (strict.found()) {
            return new Verdict.Feasible(Witness.of(facts, strict.shapes()));
        }
        ShapeSearch.Outcome relaxed = new ShapeSearch(facts, coachFullDates, ShapeSearch.Mode.RELAXED).run();
        if (!relaxed.found()) {
            return new Verdict.Infeasible(relaxed.failure());
        }
        return new Verdict.Undecided("no plan with the week-1 strength set held and runs at their floor, but a "
                + "plan with quicker later sets or longer runs is not ruled out (" + strict.failure() + ")");
    }
}
