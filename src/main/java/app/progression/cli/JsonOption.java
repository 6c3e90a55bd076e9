package app.progression.cli;

import picocli.CommandLine.Option;

/** The --json option of the commands whose text output has a JSON form for apps. */
public class JsonOption {

    @Option(names = "--json", description = "Write the output as JSON (for apps) instead of text.")
    boolean json;
}
