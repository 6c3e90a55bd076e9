package app.progression.web;

import app.progression.InvalidInputException;
import app.progression.batch.TeamSettings;
import app.progression.catalog.Catalog;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The folder the server serves, laid out as a team folder for {@code batch}: profiles ({@code *.json}), an optional
 * {@code team.json}, and plans in {@code plans/} (the batch's output layout), so the page, {@code batch --out
 * FOLDER/plans --resume} and the other commands all see the same files. team.json is read on every use: a coach
 * who edits it by hand sees the change without restarting.
 */
final class SquadFolder {

    static final String PLANS = "plans";
    /** The id rule of the profile schema; it names files, so nothing else may reach a path. */
    static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    /** One profile file: its athlete id (or the file's name when it has none) and the tree, or why it is unreadable. */
    record ProfileFile(Path file, String id, JsonNode tree, String unreadable) {
    }

    private final Path folder;
    private final Catalog catalog;

    SquadFolder(Path folder, Catalog catalog) {
        this.folder = folder.toAbsolutePath().normalize();
        this.catalog = catalog;
    }

    Path folder() {
        return folder;
    }

    Path plansFolder() {
        return folder.resolve(PLANS);
    }

    Catalog catalog() {
        return catalog;
    }

    TeamSettings team() {
        return TeamSettings.read(folder, catalog);
    }

    /** Every profile of the folder, in file-name order, the same files {@code batch} reads. */
    List<ProfileFile> profiles() throws IOException {
        List<ProfileFile> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (!name.equals(TeamSettings.FILE_NAME) && !name.startsWith(".") && Files.isRegularFile(file)) {
                    files.add(readFile(file));
                }
            }
        }
        files.sort(Comparator.comparing(profile -> profile.file().getFileName().toString()));
        return files;
    }

    private static ProfileFile readFile(Path file) {
        String fallback = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            JsonNode tree = Json.readTree(file, "Profile");
            JsonNode id = tree.path("athlete").path("id");
            boolean ownId = id.isTextual() && SAFE_ID.matcher(id.asText()).matches();
            return new ProfileFile(file, ownId ? id.asText() : fallback, tree, null);
        } catch (InvalidInputException e) {
            return new ProfileFile(file, fallback, null, e.getMessage());
        }
    }

    /** The profile file of athlete {@code id}; 404 when there is none, 409 when two files claim the id. */
    ProfileFile profile(String id) throws IOException {
        checkId(id);
        List<ProfileFile> matches = profiles().stream().filter(profile -> profile.id().equals(id)).toList();
        if (matches.isEmpty()) {
            throw ApiException.notFound("No athlete '" + id + "' in " + folder + ".");
        }
        if (matches.size() > 1) {
            throw ApiException.conflict("Two profiles have the athlete id '" + id + "': " + matches.stream()
                    .map(match -> match.file().getFileName().toString()).toList() + ". Give each athlete their own "
                    + "id (it names the plan file).");
        }
        return matches.get(0);
    }

    Path planFile(String id) {
        checkId(id);
        return plansFolder().resolve(id + ".json");
    }

    /** Where a new athlete's profile goes: {@code <id>.json} in the folder. */
    Path newProfileFile(String id) {
        checkId(id);
        return folder.resolve(id + ".json");
    }

    static void checkId(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw ApiException.badRequest("'" + id + "' is not an athlete id: 1 to 64 letters, digits, '.', '_' or "
                    + "'-', starting with a letter or digit.");
        }
    }

    /** A profile as the batch reads it: the team's defaults under the athlete's own values. */
    Profile read(JsonNode tree, String what) {
        return ProfileReader.read(tree, what, catalog, team().profileDefaults());
    }

    /** The weights a plan of {@code profile} is made with: defaults, the team's, the profile's, then {@code extra}. */
    ConstraintWeights weights(Profile profile, Map<String, Integer> extra) {
        Map<String, Integer> merged = new java.util.LinkedHashMap<>(team().weightsUnder(profile.weights()));
        merged.putAll(extra);
        return Weights.resolve(merged, Map.of());
    }
}
