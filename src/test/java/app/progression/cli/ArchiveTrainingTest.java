package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run goes through the everyday commands quietly and leaves the terminal as it was. */
class ArchiveTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theEverydayCommandsRunSilentlyAndTheStreamsComeBack() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ArchiveTraining.runEverydayCommands(Path.of("problems/outdoor-runner.json"), dir.resolve("scratch"));
        assertSame(out, System.out);
        assertSame(err, System.err);
        // The plan was made, so render and explain had a plan to read and loaded their classes too.
        String plan = Files.readString(dir.resolve("scratch/plan.json")).replace(" ", "");
        assertTrue(plan.contains("\"feasible\":true"), plan);
    }
}
