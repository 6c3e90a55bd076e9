package app.progression.batch;

import app.progression.batch.AthleteRow.Status;
import app.progression.domain.ConstraintWeights;
import app.progression.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One profile file of the team folder as read, before any solving: who it is, and either what to plan or why it
 * cannot be planned.
 *
 * @param id            the profile's athlete id; the file's name when the profile has no usable id
 * @param ownId         whether {@code id} is the profile's own: only then may the batch replace or remove that
 *                      athlete's plan
 * @param name          the athlete's name, as far as the file could be read
 * @param profile       the profile with the team's defaults; null when {@code invalidReason} says why there is none
 * @param weights       the weights in force for this athlete: the team's, the profile's, then the command line's
 * @param inputHash     the fingerprint of everything the plan comes from (see {@link InputHash}); null when invalid
 * @param invalidReason why the profile cannot be planned; null when it can
 */
record TeamMember(Path file, String id, boolean ownId, String name, Profile profile, ConstraintWeights weights,
        String inputHash, String invalidReason) {

    static TeamMember invalid(Path file, String id, boolean ownId, String name, String reason) {
        return new TeamMember(file, id, ownId, name, null, null, null, reason);
    }

    boolean valid() {
        return invalidReason == null;
    }

    /** A readable profile with red flags: no plan, a referral. */
    boolean referred() {
        return valid() && !profile.redFlags().isEmpty();
    }

    /** A row without a plan; {@code seconds} and {@code replans} are what solving spent on the athlete so far. */
    AthleteRow notPlanned(Status status, String reason, double seconds, int replans) {
        return new AthleteRow(id, name, file, status, null, AthleteRow.hundredths(seconds), List.of(), reason, false,
                replans, null, Map.of());
    }

    /** A row without a plan, decided before any solving. */
    AthleteRow notPlanned(Status status, String reason) {
        return notPlanned(status, reason, 0, 0);
    }
}
