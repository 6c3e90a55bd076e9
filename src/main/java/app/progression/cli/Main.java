package app.progression.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "progression", mixinStandardHelpOptions = true, version = "progression 0.1.0",
        description = "Plans progressive strength, flexibility and easy-run training for runners with back or "
                + "heel pain.",
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
        return commandLine(args).execute(args);
    }

    /** The command tree for {@code args}: the subcommands are added here, not in the annotation, to build few. */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        for (String name : Subcommands.neededFor(args)) {
            // A CommandLine of its own, because picocli applies a command's model transformer (compare has one)
            // only when it builds a CommandLine, not to a plain object added as a subcommand.
            commandLine.addSubcommand(name, new CommandLine(Subcommands.create(name)));
        }
        // Set after the subcommands are added: picocli hands the handler down to those it already has.
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }
}
