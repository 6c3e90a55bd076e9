package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.plan.PlanDocument;
import app.progression.plan.Planner;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.PlanFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * PROFILE and PLAN, with --weights and --catalog, for the commands that work on a plan already made (explain,
 * replan, suggest): the plan is read as it was made, with the weights it records and only with its own catalog.
 */
public class PlanFileInputs {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The athlete's profile (JSON).")
    Path profileFile;

    @Parameters(index = "1", paramLabel = "PLAN",
            description = "A plan file (JSON) as it stands: hand edits and days marked \"locked\" included.")
    Path planFile;

    @Mixin
    WeightsOption weights;

    @Mixin
    CatalogOption catalogOption;

    /** The files read and checked: what the plan was made with. */
    record Read(Profile profile, Catalog catalog, PlanDocument plan, ConstraintWeights weights) {

        /** Prints the referral when the profile has red flags, for which no plan is explained or changed. */
        boolean referred(PrintWriter err) {
            var referral = Planner.referral(profile);
            referral.ifPresent(outcome -> err.println(outcome.message()));
            return referral.isPresent();
        }
    }

    Read read() {
        Catalog catalog = catalogOption.load();
        Profile profile = ProfileReader.read(profileFile, catalog);
        PlanDocument plan = PlanFiles.read(planFile);
        Provenance.checkCatalog(plan, catalog, planFile.toString());
        return new Read(profile, catalog, plan, Provenance.weights(plan, profile, weights.readOrNull()));
    }
}
