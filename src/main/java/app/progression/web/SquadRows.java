package app.progression.web;

import app.progression.InvalidInputException;
import app.progression.batch.AthleteRow;
import app.progression.batch.TeamSettings;
import app.progression.plan.PlanDocument;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.render.PlanFiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The squad as the page lists it: each athlete's status, score and warnings, from the files as they are now. */
final class SquadRows {

    /**
     * One athlete. {@code status}: planned, not planned, infeasible (the last squad run found no plan), referred
     * (red flags) or invalid (the profile cannot be read; {@code reason} is the CLI's message).
     * {@code profileChangedSincePlan}: the profile or team.json was saved after the plan, so it may be stale.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String id, String name, String file, String status, String score, Boolean feasible,
            List<String> warnings, String reason, Boolean profileChangedSincePlan, PlanJob.View job) {
    }

    private SquadRows() {
    }

    static List<Row> of(Workbench bench) throws IOException {
        SquadFolder folder = bench.folder;
        TeamSettings team = folder.team();
        List<SquadFolder.ProfileFile> files = folder.profiles();
        Map<String, Integer> idCount = new HashMap<>();
        files.forEach(file -> idCount.merge(file.id(), 1, Integer::sum));
        Map<String, PlanJob.View> jobs = latestJobs(bench);
        List<Row> rows = new ArrayList<>();
        for (SquadFolder.ProfileFile file : files) {
            rows.add(row(bench, team, file, idCount.get(file.id()) > 1, jobs.get(file.id())));
        }
        return rows;
    }

    private static Row row(Workbench bench, TeamSettings team, SquadFolder.ProfileFile file, boolean duplicate,
            PlanJob.View job) throws IOException {
        String fileName = file.file().getFileName().toString();
        String name = file.tree() == null ? file.id() : file.tree().path("athlete").path("name").asText(file.id());
        if (file.unreadable() != null) {
            return new Row(file.id(), name, fileName, "invalid", null, null, List.of(), file.unreadable(), null, job);
        }
        if (duplicate) {
            return new Row(file.id(), name, fileName, "invalid", null, null, List.of(), "Another profile has the "
                    + "athlete id '" + file.id() + "'; each athlete needs their own (it names the plan file).", null,
                    job);
        }
        Profile profile;
        try {
            profile = bench.folder.read(file.tree(), "profile " + fileName);
        } catch (InvalidInputException e) {
            return new Row(file.id(), name, fileName, "invalid", null, null, List.of(), e.getMessage(), null, job);
        }
        name = profile.athleteName();
        var referral = Planner.referral(profile);
        if (referral.isPresent()) {
            return new Row(file.id(), name, fileName, "referred", null, null, List.of(), referral.get().message(),
                    null, job);
        }
        Path planFile = bench.folder.planFile(file.id());
        if (Files.isRegularFile(planFile)) {
            try {
                PlanDocument plan = PlanFiles.read(planFile);
                return new Row(file.id(), name, fileName, "planned", plan.score(), plan.feasible(), plan.warnings(),
                        null, changedSince(planFile, file.file(), bench.folder.folder()), job);
            } catch (InvalidInputException e) {
                return new Row(file.id(), name, fileName, "not planned", null, null, List.of(),
                        "The saved plan cannot be read: " + e.getMessage(), null, job);
            }
        }
        AthleteRow last = bench.batch.lastRow(file.id());
        if (last != null && !last.planned() && last.reason() != null) {
            return new Row(file.id(), name, fileName, "infeasible", last.score(), false, List.of(), last.reason(),
                    null, job);
        }
        return new Row(file.id(), name, fileName, "not planned", null, null, List.of(), null, null, job);
    }

    /** The newest job of each athlete, without its plan (the list stays small). */
    private static Map<String, PlanJob.View> latestJobs(Workbench bench) {
        Map<String, PlanJob.View> latest = new HashMap<>();
        bench.jobs.all().stream().sorted(Comparator.comparingLong(job -> job.createdNanos))
                .forEach(job -> latest.put(job.athleteId, job.view(false)));
        return latest;
    }

    private static boolean changedSince(Path plan, Path profile, Path folder) throws IOException {
        FileTime planned = Files.getLastModifiedTime(plan);
        Path team = folder.resolve(TeamSettings.FILE_NAME);
        return Files.getLastModifiedTime(profile).compareTo(planned) > 0
                || (Files.exists(team) && Files.getLastModifiedTime(team).compareTo(planned) > 0);
    }
}
