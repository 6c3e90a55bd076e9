package app.progression.web;

import app.progression.InvalidInputException;
import app.progression.batch.TeamSettings;
import app.progression.domain.SessionKind;
import app.progression.domain.TeamFacts;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.profile.Profile;
import app.progression.render.PlanFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What planning one athlete from the page shares with the squad: the team's group-run days, and the dates on which
 * the coach already supervises as many strength sessions as team.json allows, counted over the other athletes'
 * saved plans. So re-planning one athlete keeps the coach's capacity, as {@code batch} does.
 */
final class TeamFactsFromFolder {

    private TeamFactsFromFolder() {
    }

    static TeamFacts of(SquadFolder folder, TeamSettings team, Profile profile) throws IOException {
        if (!team.limitsCoach()) {
            return new TeamFacts(team.groupRunDays(), List.of());
        }
        Map<LocalDate, Integer> load = strengthLoad(folder.plansFolder(), profile.athleteId());
        List<LocalDate> full = load.entrySet().stream()
                .filter(entry -> entry.getValue() >= team.coachCapacityPerDay())
                .map(Map.Entry::getKey)
                .filter(date -> !date.isBefore(profile.startDate()) && !date.isAfter(profile.endDate()))
                .toList();
        return new TeamFacts(team.groupRunDays(), full);
    }

    /** Athletes with a strength session per date, over every saved plan but {@code exceptId}'s. */
    static Map<LocalDate, Integer> strengthLoad(Path plans, String exceptId) throws IOException {
        Map<LocalDate, Integer> load = new TreeMap<>();
        if (!Files.isDirectory(plans)) {
            return load;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(plans, "*.json")) {
            for (Path file : stream) {
                if (file.getFileName().toString().equals(exceptId + ".json")
                        || file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                PlanDocument plan;
                try {
                    plan = PlanFiles.read(file);
                } catch (InvalidInputException unreadable) {
                    continue; // not a plan (or damaged): it supervises no one
                }
                for (DayPlan day : plan.days()) {
                    if (day.sessions().stream().anyMatch(session -> session.kind() == SessionKind.STRENGTH)) {
                        load.merge(day.date(), 1, Integer::sum);
                    }
                }
            }
        }
        return load;
    }
}
