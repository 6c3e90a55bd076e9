package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only the subcommand that runs is built; help and usage errors still see every one. */
class LazySubcommandsTest {

    @Test
    void aCommandLineStartingWithASubcommandBuildsOnlyThatOne() {
        for (String name : Subcommands.NAMES) {
            CommandLine commandLine = Main.commandLine(name, "--whatever");
            assertEquals(List.of(name), List.copyOf(commandLine.getSubcommands().keySet()));
        }
    }

    @Test
    void helpVersionAndUnknownCommandsSeeEverySubcommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"pln"}, {"--help", "plan"}}) {
            assertEquals(Subcommands.NAMES, List.copyOf(Main.commandLine(args).getSubcommands().keySet()));
        }
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        for (String name : Subcommands.NAMES) {
            assertTrue(help.out().contains("\n  " + name + " "), help.out());
        }
        Cli.Result typo = Cli.run("pln", "x");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean: progression plan"), typo.err());
        assertEquals(2, Cli.run().exitCode(), "a subcommand is required");
    }

    @Test
    void everyNameCreatesTheCommandOfThatName() {
        for (String name : Subcommands.NAMES) {
            Object command = Subcommands.create(name);
            assertEquals(name, command.getClass().getAnnotation(Command.class).name());
        }
    }
}
