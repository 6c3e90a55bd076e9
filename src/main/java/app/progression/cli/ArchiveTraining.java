package app.progression.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A short run of the everyday commands, for the launcher to record which classes they load in a class-data-sharing
 * archive (java -XX:ArchiveClassesAtExit). Later runs map those classes from the archive instead of loading and
 * verifying them one by one. One process runs them all, so the single archive serves each of them.
 *
 * <p>Arguments: a profile to plan and a scratch folder for the plan file. Output is discarded; failures do not
 * matter here (the classes loaded on the way still count), so this always exits 0.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        runEverydayCommands(Path.of(args[0]), Path.of(args[1]));
        // Ends here even if a command left a thread behind: the archive is written as the JVM exits.
        System.exit(0);
    }

    /** Runs the commands with standard output and error discarded, and puts both back afterwards. */
    static void runEverydayCommands(Path profile, Path scratchFolder) throws IOException {
        Path scratch = Files.createDirectories(scratchFolder);
        String plan = scratch.resolve("plan.json").toString();
        List<String[]> runs = List.of(
                new String[] {"constraints"},
                new String[] {"plan", profile.toString(), "--seconds", "0.3", "--seed", "1", "--out", plan},
                new String[] {"render", plan},
                new String[] {"explain", profile.toString(), plan});
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(nowhere);
            System.setErr(nowhere);
            for (String[] run : runs) {
                Main.run(run);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
