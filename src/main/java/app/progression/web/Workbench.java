package app.progression.web;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.TeamFacts;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every API handler shares: the served folder, the background plan jobs, the squad run and versioned saves,
 * and reading a profile the one way the batch does (team defaults under the athlete's values).
 */
final class Workbench implements AutoCloseable {

    final SquadFolder folder;
    final PlanJobs jobs;
    final SquadBatch batch;
    final VersionedFiles files = new VersionedFiles();
    final WebSettings settings;

    Workbench(WebSettings settings) {
        this.settings = settings;
        this.folder = new SquadFolder(settings.folder(), settings.catalog());
        this.jobs = new PlanJobs(settings.planOptions(), settings.parallelSolves());
        this.batch = new SquadBatch(folder, settings.catalogFile(), settings.batchOptions());
    }

    /** A profile from a request; bad input is the CLI's {@code InvalidInputException} (400 with its fields). */
    Profile profile(JsonNode tree) {
        return folder.read(tree, "profile");
    }

    ConstraintWeights weights(Profile profile, ObjectNode extra) {
        return folder.weights(profile, weightMap(extra, "weights"));
    }

    /**
     * What the athlete shares with the squad, as planning from the page uses it: explaining, moving, comparing and
     * saving score with the same facts, so a plan's score reads the same everywhere on the page.
     */
    TeamFacts teamFacts(Profile profile) throws IOException {
        return TeamFactsFromFolder.of(folder, folder.team(), profile);
    }

    /** Red flags: the API answers 422 with the referral, as the CLI exits with code 3. */
    static void refuseReferral(Profile profile) {
        Planner.referral(profile).ifPresent(referral -> {
            throw new ApiException(422, referral.message(), Map.of("status", "referred"));
        });
    }

    /** A JSON object from rule id to weight, as a weights file holds; values are checked by {@code Weights}. */
    static Map<String, Integer> weightMap(ObjectNode node, String name) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (node == null) {
            return weights;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw ApiException.badRequest("'" + name + "': the weight of '" + entry.getKey() + "' must be a "
                        + "whole number from 0 to " + ConstraintWeights.MAX_WEIGHT + ", not " + value + ".");
            }
            weights.put(entry.getKey(), value.intValue());
        }
        return weights;
    }

    SolveOptions planOptions() {
        return jobs.options();
    }

    Path catalogFile() {
        return settings.catalogFile();
    }

    @Override
    public void close() {
        jobs.close();
    }
}
