package app.progression;

import app.progression.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process, as a user would, and keeps what it printed. */
public final class Cli {

    public record Result(int exitCode, String out, String err) {

        /** A refusal a person can act on: one "error:" message, no exception names, no stack trace. */
        public boolean isCleanError() {
            return err.startsWith("error: ") && !err.contains("Exception") && hasNoStackTrace();
        }

        public boolean hasNoStackTrace() {
            return !err.contains("\tat ") && !err.contains("Exception:") && !out.contains("\tat ");
        }
    }

    private Cli() {
    }

    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
