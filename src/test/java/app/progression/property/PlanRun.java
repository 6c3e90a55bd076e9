package app.progression.property;

import app.progression.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One {@code plan} run through the command line in-process, as a user would: the profile in a temporary file,
 * the plan written with {@code --out}, a fixed seed and a short budget. Keeps the exit code, what was said on
 * stderr and the plan file's bytes (null when none was written).
 */
public record PlanRun(int exitCode, String err, byte[] planFile) {

    public static PlanRun of(String profileJson, long seed, double seconds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("progression-property");
            Path profile = Files.writeString(dir.resolve("profile.json"), profileJson, StandardCharsets.UTF_8);
            Path out = dir.resolve("plan.json");
            Cli.Result result = Cli.run("plan", profile.toString(), "--seed", Long.toString(seed),
                    "--seconds", Double.toString(seconds), "--out", out.toString());
            byte[] plan = Files.exists(out) ? Files.readAllBytes(out) : null;
            return new PlanRun(result.exitCode(), result.err(), plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    public boolean planned() {
        return exitCode == 0;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
