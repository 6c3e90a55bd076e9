package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.domain.ConstraintWeights;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a team folder's profiles: every {@code *.json} besides {@code team.json}, each on its own, so one broken
 * profile is one invalid row and never stops the others. Two profiles with one athlete id stop everything.
 */
final class TeamFolder {

    /** An athlete id that may name a file in --out: no path separators, no line breaks, no leading dot. */
    private static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    /**
     * The fixed order in which plans are committed to the coach's ledger: the least flexible athletes first (fewest
     * spare strength days), so those who can move are the ones who move; then by id.
     */
    static final Comparator<TeamMember> COMMIT_ORDER = Comparator.comparingInt(TeamFolder::spareStrengthDays)
            .thenComparing(TeamMember::id).thenComparing(TeamMember::file);

    private TeamFolder() {
    }

    static boolean isSafeId(String id) {
        return SAFE_ID.matcher(id).matches();
    }

    /** Every profile of {@code folder}, in {@link #COMMIT_ORDER}; refuses duplicate athlete ids. */
    static List<TeamMember> read(Path folder, TeamInputs inputs) throws IOException {
        List<TeamMember> members = new ArrayList<>();
        for (Path file : profileFiles(folder)) {
            members.add(readMember(file, inputs));
        }
        refuseDuplicates(members);
        members.sort(COMMIT_ORDER);
        return members;
    }

    private static List<Path> profileFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                // A link to nowhere is listed too: it gets a row that says so rather than vanishing.
                if (!name.equals(TeamSettings.FILE_NAME) && !name.startsWith(".")
                        && (Files.isRegularFile(file) || Files.isSymbolicLink(file))) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        if (files.isEmpty()) {
            throw new InvalidInputException("Team folder " + folder + " has no athlete profiles (*.json besides "
                    + TeamSettings.FILE_NAME + ").");
        }
        return files;
    }

    /**
     * One profile. Its athlete id is taken from the file as soon as the JSON parses, even if the profile is
     * invalid: then this run may still remove that athlete's stale plan, and no one else's.
     */
    private static TeamMember readMember(Path file, TeamInputs inputs) {
        String id = file.getFileName().toString();
        boolean ownId = false;
        String name = id;
        try {
            JsonNode raw = Json.readTree(file, "Profile");
            JsonNode givenId = raw.path("athlete").path("id");
            if (givenId.isTextual() && isSafeId(givenId.asText())) {
                id = givenId.asText();
                ownId = true;
                name = raw.path("athlete").path("name").asText(id);
            }
            Profile profile = ProfileReader.read(raw, "profile " + file, inputs.catalog(),
                    inputs.team().profileDefaults());
            ConstraintWeights weights = Weights.resolve(inputs.team().weightsUnder(profile.weights()),
                    inputs.commandLineWeights());
            return new TeamMember(file, id, ownId, profile.athleteName(), profile, weights,
                    InputHash.of(inputs.fingerprint(), raw), null);
        } catch (InvalidInputException e) {
            return TeamMember.invalid(file, id, ownId, name, e.getMessage());
        }
    }

    /** Two profiles with one athlete id would write one plan file; refuse before solving anything. */
    private static void refuseDuplicates(List<TeamMember> members) {
        Map<String, TeamMember> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (TeamMember member : members) {
            if (!member.ownId()) {
                continue;
            }
            TeamMember other = seen.putIfAbsent(member.id().toLowerCase(Locale.ROOT), member);
            if (other != null) {
                clashes.add(other.id().equals(member.id())
                        ? "athlete id '" + member.id() + "' is in both " + other.file() + " and " + member.file()
                        : "athlete ids '" + other.id() + "' (" + other.file() + ") and '" + member.id() + "' ("
                                + member.file() + ") differ only in case, so their plan files would clash");
            }
        }
        if (!clashes.isEmpty()) {
            throw new InvalidInputException("Duplicate athlete ids; each athlete needs an id of their own (it names "
                    + "the plan file). Nothing was planned.\n  - " + String.join("\n  - ", clashes));
        }
    }

    /** Spare weekdays for strength: how many spaced strength days the week offers beyond those needed. */
    private static int spareStrengthDays(TeamMember member) {
        if (member.profile() == null || member.profile().strengthSessionsPerWeek() == 0) {
            return Integer.MAX_VALUE;
        }
        List<Integer> weekdays = member.profile().availableMinutes().keySet().stream().map(day -> day.getValue())
                .sorted().toList();
        return StrengthDays.spaced(weekdays) - member.profile().strengthSessionsPerWeek();
    }
}
