package app.progression.batch;

import app.progression.batch.AthleteRow.Status;
import app.progression.io.AtomicFiles;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans in --out and their resume records in {@code .batch/}: which plans of an earlier run to keep, which to
 * remove, and writing a new plan with its record. A record holds the SHA-256 of everything the plan came from
 * ({@link InputHash}) and of the plan file itself, so a plan is kept only while both still match.
 */
final class ResumeRecords {

    private final Path out;
    private final Path records;

    ResumeRecords(Path out) {
        this.out = out;
        this.records = out.resolve(Batch.RECORDS_DIR);
    }

    Path folder() {
        return records;
    }

    Path planFile(String athleteId) {
        return out.resolve(athleteId + ".json");
    }

    private Path recordFile(String athleteId) {
        return records.resolve(athleteId + ".json");
    }

    /** Temporary files of atomic writes that a kill interrupted (named {@code .<file>.json<random>.tmp}). */
    void removeTempFiles() throws IOException {
        removeTempFiles(out);
        removeTempFiles(records);
    }

    private static void removeTempFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if ((name.contains(".json") || name.contains(".csv") || name.contains(".md"))
                        && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The plan an earlier run wrote for {@code member} from the same inputs, if it is intact and still fits the
     * ledger; it is then committed to the ledger. Anything unreadable means: plan again.
     */
    Optional<AthleteRow> keep(TeamMember member, CoachLedger ledger) {
        try {
            Path recordFile = recordFile(member.id());
            Path planFile = planFile(member.id());
            if (!Files.isRegularFile(recordFile) || !Files.isRegularFile(planFile)) {
                return Optional.empty();
            }
            JsonNode record = Json.MAPPER.readTree(recordFile.toFile());
            byte[] plan = Files.readAllBytes(planFile);
            if (!member.inputHash().equals(record.path("inputHash").asText())
                    || !InputHash.sha256(plan).equals(record.path("planSha256").asText())) {
                return Optional.empty();
            }
            Map<LocalDate, TeamView.Cell> days = TeamView.cells(Json.MAPPER.readTree(plan));
            List<LocalDate> strength = days.entrySet().stream().filter(day -> day.getValue().strength())
                    .map(Map.Entry::getKey).toList();
            if (!ledger.commit(strength)) {
                return Optional.empty();
            }
            List<String> warnings = new ArrayList<>();
            record.path("warnings").forEach(warning -> warnings.add(warning.asText()));
            return Optional.of(new AthleteRow(member.id(), member.name(), member.file(), Status.PLANNED,
                    record.path("score").asText(), record.path("solveSeconds").asDouble(), warnings, null, true,
                    record.path("replans").asInt(), planFile, days));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable record or plan: plan again
        }
    }

    /**
     * Before anything new is written, removes every plan of an earlier run that this run does not keep: those with a
     * resume record, and any file named for an athlete of the folder. From then on the folder holds only plans in
     * the coach's ledger, so the capacity holds on disk at every instant, even if the run is killed. Only ids the
     * profiles themselves give are touched: a broken profile never costs another athlete their plan.
     */
    void removeNotKept(List<TeamMember> members, Collection<String> keptIds) throws IOException {
        List<String> stale = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(records, "*.json")) {
            stream.forEach(record -> stale.add(stem(record)));
        }
        members.stream().filter(TeamMember::ownId).forEach(member -> stale.add(member.id()));
        for (String id : stale) {
            if (!keptIds.contains(id) && TeamFolder.isSafeId(id)) {
                // The plan first: a record without its plan is never kept, a plan without a record might look kept.
                Files.deleteIfExists(planFile(id));
                Files.deleteIfExists(recordFile(id));
            }
        }
    }

    /**
     * Writes a committed plan, then its record, and returns the athlete's row. Each file is written whole or not at
     * all, so a kill between the two leaves a plan without a record, which {@code --resume} plans again.
     */
    AthleteRow write(TeamMember member, Attempt.Solved solved, double seconds, int replans) throws IOException {
        Path planFile = planFile(member.id());
        byte[] plan = (Json.MAPPER.writeValueAsString(solved.document()) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(planFile, plan);
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("athleteId", member.id());
        record.put("profile", member.file().toString());
        record.put("inputHash", member.inputHash());
        record.put("planSha256", InputHash.sha256(plan));
        record.put("score", solved.score());
        record.put("solveSeconds", AthleteRow.hundredths(seconds));
        record.put("replans", replans);
        record.set("warnings", Json.MAPPER.valueToTree(solved.document().warnings()));
        record.set("strengthDates", Json.MAPPER.valueToTree(solved.strengthDates().stream().map(String::valueOf)
                .toList()));
        // Written after the plan: a record always describes a complete plan file, and --resume checks its hash.
        AtomicFiles.write(recordFile(member.id()), Json.MAPPER.writeValueAsString(record) + "\n");
        return new AthleteRow(member.id(), member.name(), member.file(), Status.PLANNED, solved.score(),
                AthleteRow.hundredths(seconds), solved.document().warnings(), null, false, replans, planFile,
                TeamView.cells(Json.MAPPER.valueToTree(solved.document())));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
