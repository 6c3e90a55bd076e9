package app.progression.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/** The generator's profiles are valid: the program's reader accepts every one, and they spread over the schema. */
class GeneratedProfilesTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Provide
    Arbitrary<String> anyProfile() {
        return ProfileArbitraries.profiles(52);
    }

    @Property(tries = 400, seed = "20270104", afterFailure = AfterFailureMode.RANDOM_SEED, edgeCases = EdgeCasesMode.MIXIN)
    void everyGeneratedProfileIsAccepted(@ForAll("anyProfile") String json) {
        Profile profile = Profiles.read(json, CATALOG);
        assertTrue(profile.weeks() >= 1 && profile.weeks() <= 52, json);
        Statistics.label("start weekday").collect(profile.startDate().getDayOfWeek());
        Statistics.label("weeks").collect(profile.weeks() == 1 ? "1" : profile.weeks() <= 4 ? "2-4"
                : profile.weeks() <= 12 ? "5-12" : "13-52");
        Statistics.label("available days").collect(profile.availableMinutes().size());
        Statistics.label("runs").collect(profile.runsPerWeek());
        Statistics.label("strength").collect(profile.strengthSessionsPerWeek());
        Statistics.label("cutbackEvery").collect(profile.cutbackEvery());
    }
}
