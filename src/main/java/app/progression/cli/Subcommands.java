package app.progression.cli;

import java.util.List;

/**
 * The subcommands by name, each built only when it is needed. Picocli reads a command's annotations and loads the
 * classes of its fields when the command is added, so a tree of every command costs start-up time that a short
 * command such as 'constraints' notices; a switch creates one command without touching the others' classes.
 */
final class Subcommands {

    /** In the order the help lists them. */
    static final List<String> NAMES = List.of("plan", "replan", "suggest", "render", "constraints", "explain",
            "compare", "batch", "serve");

    private Subcommands() {
    }

    /** A new instance of the subcommand {@code name}, one of {@link #NAMES}. */
    static Object create(String name) {
        return switch (name) {
            case "plan" -> new PlanCommand();
            case "replan" -> new ReplanCommand();
            case "suggest" -> new SuggestCommand();
            case "render" -> new RenderCommand();
            case "constraints" -> new ConstraintsCommand();
            case "explain" -> new ExplainCommand();
            case "compare" -> new CompareCommand();
            case "batch" -> new BatchCommand();
            case "serve" -> new ServeCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * The subcommands a command line needs: only the one it starts with, when it starts with one; otherwise every
     * one, so that help, usage errors and "did you mean" suggestions list them all as before.
     */
    static List<String> neededFor(String... args) {
        return args.length > 0 && NAMES.contains(args[0]) ? List.of(args[0]) : NAMES;
    }
}
