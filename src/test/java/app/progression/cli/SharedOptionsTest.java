package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** The options several commands share: declared once (as mixins), with each command's own defaults kept. */
class SharedOptionsTest {

    private static final List<Class<?>> CLI_CLASSES = List.of(Main.class, FailureHandler.class, PlanCommand.class, RenderCommand.class,
            ConstraintsCommand.class, ExplainCommand.class, CompareCommand.class, BatchCommand.class,
            ServeCommand.class, CatalogOption.class, OutputOptions.class, SolvingOptions.class, WeightsOption.class, JsonOption.class);

    @Test
    void everyOptionNameIsDeclaredInOneClassOnly() {
        Map<String, List<String>> declaredIn = new HashMap<>();
        for (Class<?> type : CLI_CLASSES) {
            Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
                    .map(member -> ((AnnotatedElement) member).getAnnotation(Option.class))
                    .filter(option -> option != null)
                    .flatMap(option -> Stream.of(option.names()))
                    .forEach(name -> declaredIn.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(type.getSimpleName()));
        }
        // batch's --out names a folder for many files: another option that happens to share the name.
        declaredIn.get("--out").remove("BatchCommand");
        declaredIn.forEach((name, classes) -> assertEquals(1, classes.size(), name + " in " + classes));
        for (String shared : List.of("--weights", "--seconds", "--seed", "--catalog", "--out", "--format", "--at")) {
            assertTrue(declaredIn.containsKey(shared), shared);
        }
    }

    @Test
    void eachCommandKeepsItsOwnSolvingDefaults() {
        assertTrue(help("plan").contains("(default 5.0)"), help("plan"));
        assertTrue(help("compare").contains("(default 10.0)"), help("compare"));
        assertTrue(help("compare").contains("the seed 42 unless --seed"), help("compare"));
        assertTrue(help("batch").contains("(default 2.0)"), help("batch"));
        assertTrue(help("serve").contains("(default 5.0)"), help("serve"));
        assertTrue(help("serve").contains("--batch-seconds=N"), help("serve"));
    }

    @Test
    void compareNeedsWeightsOnceOrTwiceTheOthersTakeOneFile() {
        Cli.Result none = Cli.run("compare", "profile.json");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("Missing required option: '--weights=FILE'"), none.err());
        assertTrue(help("compare").contains("--weights=FILE [--weights=FILE]..."), help("compare"));

        Cli.Result three = Cli.run("compare", "profile.json", "--weights", "a", "--weights", "b", "--weights", "c");
        assertEquals(2, three.exitCode());
        assertTrue(three.err().contains("once or twice, not 3 times"), three.err());

        for (String command : List.of("plan", "explain", "batch")) {
            Cli.Result twice = Cli.run(command, "x", "y", "--weights", "a", "--weights", "b");
            assertEquals(2, twice.exitCode(), command);
            assertTrue(twice.err().contains("option '--weights' (FILE) should be specified only once"), twice.err());
        }
        Cli.Result constraints = Cli.run("constraints", "--weights", "a", "--weights", "b");
        assertEquals(2, constraints.exitCode());
    }

    @Test
    void renderAndPlanShareTheOutputOptions() {
        for (String command : List.of("plan", "render")) {
            String help = help(command);
            assertTrue(help.contains("--out=FILE") && help.contains("--format=FORMAT") && help.contains("--at=HH:MM")
                    && help.contains("--catalog=FILE"), help);
        }
    }

    private static String help(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exitCode(), result.err());
        return result.out().replaceAll("\\s+", " ");
    }
}
