package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import app.progression.profile.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings as every format words them: the tight side, and what in the plan serves each finding. */
class AthleteNotesTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void theTightSideIsNamed() {
        assertEquals("Tight hip flexor: left side", AthleteNotes.hipFlexorLabel(List.of(Side.LEFT)));
        assertEquals("Tight hip flexor: right side", AthleteNotes.hipFlexorLabel(List.of(Side.RIGHT)));
        assertEquals("Tight hip flexors: both sides (left and right)",
                AthleteNotes.hipFlexorLabel(List.of(Side.RIGHT, Side.LEFT)));
    }

    @Test
    void eachFindingListsThePlansStretchesForIt() {
        PlanDocument plan = TestPlans.sample(2);
        List<AthleteNotes.Finding> findings = AthleteNotes.findings(plan, CATALOG);
        assertEquals(2, findings.size());
        assertEquals(List.of("kneeling-hip-flexor-stretch", "smr-it-band-hip-flexor"), findings.get(0).servedBy());
        assertEquals(List.of("active-hamstring-strap-stretch"), findings.get(1).servedBy());
        // Cat-cow targets the lower back: it serves no finding.
        assertEquals("stretches for it: Active hamstring stretch with a strap",
                findings.get(1).servedByText(AthleteNotes.names(plan, CATALOG)));
    }

    @Test
    void upperBackPainIsServedByTheWallPullDownsInStrengthSessions() {
        PlanDocument plan = TestPlans.edited(1, map -> {
            map.put("findings", TestPlans.map("tightHipFlexors", List.of(), "tightHamstrings", false,
                    "heelPain", true, "upperBackPain", true));
            @SuppressWarnings("unchecked")
            Map<String, Object> tuesday = (Map<String, Object>) ((List<Object>) map.get("days")).get(1);
            @SuppressWarnings("unchecked")
            Map<String, Object> strength = (Map<String, Object>) ((List<Object>) tuesday.get("sessions")).get(0);
            @SuppressWarnings("unchecked")
            List<Object> exercises = (List<Object>) strength.get("exercises");
            exercises.add(TestPlans.exercise("wall-lateral-pull-downs", "Wall lateral pull-downs", 3, 10, null, false));
        });
        List<AthleteNotes.Finding> findings = AthleteNotes.findings(plan, CATALOG);
        assertEquals(List.of("Heel pain (tight calves)", "Upper-back pain"),
                findings.stream().map(AthleteNotes.Finding::label).toList());
        Map<String, String> names = AthleteNotes.names(plan, CATALOG);
        assertEquals("none of this plan's stretches targets it; ask your coach", findings.get(0).servedByText(names));
        assertEquals("strength exercise for it: Wall lateral pull-downs", findings.get(1).servedByText(names));
        assertEquals(List.of("Upper-back pain (Wall lateral pull-downs)"), AthleteNotes.findingsServedBy(
                plan.days().get(1).sessions().get(0), findings, names));
    }

    @Test
    void aPlanWithoutFindingsHasNone() {
        assertEquals(List.of(), AthleteNotes.findings(TestPlans.legacy(1), CATALOG));
    }
}
