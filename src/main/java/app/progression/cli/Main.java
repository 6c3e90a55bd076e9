package app.progression.cli;

import app.progression.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "progression", mixinStandardHelpOptions = true, version = "progression 0.1.0",
        description = "Plans progressive strength, flexibility and easy-run training for runners with back or "
                + "heel pain.",
        subcommands = {PlanCommand.class, RenderCommand.class, ConstraintsCommand.class, ExplainCommand.class, CompareCommand.class, BatchCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:a plan was made (and written where asked)",
                "1:an unexpected failure; the message says what",
                "2:invalid input or usage; the message names the field",
                "3:red flags in the profile: see a clinician, no plan",
                "4:no plan can meet the hard rules; the message says which and why",
                "5:batch only: some athletes were not planned"})
public class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine.execute(args);
    }

    /** Known failures become one clear message; nothing reaches the user as a stack trace. */
    private static int handle(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InvalidInputException) {
            err.println("error: " + exception.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        err.println("error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
        if (System.getenv("PROGRESSION_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("(set PROGRESSION_DEBUG=1 to see the details)");
        }
        return ExitCode.FAILED;
    }
}
