package app.progression.cli;

import app.progression.solver.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The --weights option: a file of rule weights that wins over a profile's and team.json's own. Every command takes
 * one file, except 'compare', which needs one or two; it adapts this same option with {@link OnceOrTwice}.
 */
public class WeightsOption {

    static final String NAME = "--weights";

    @Option(names = NAME, paramLabel = "FILE",
            description = "Rule weights (JSON: rule id to weight), over the weights a profile or team.json gives.")
    Path file;

    /** compare's files, in the order given; filled only where {@link OnceOrTwice} made the option repeatable. */
    private List<Path> files = new ArrayList<>();

    /** The file given, or null. */
    Path file() {
        return file;
    }

    /** The weights in the file given, checked; null when none was given. */
    Map<String, Integer> readOrNull() {
        return file == null ? null : Weights.read(file);
    }

    /** The files given to a command whose option was made repeatable by {@link OnceOrTwice}. */
    List<Path> files() {
        return files;
    }

    /**
     * Makes --weights required and repeatable for 'compare' (A, then B), keeping its name, label and help. Picocli
     * then refuses a missing --weights as it refuses any missing option; more than two is compare's own check.
     */
    public static final class OnceOrTwice implements IModelTransformer {

        @Override
        public CommandSpec transform(CommandSpec command) {
            OptionSpec single = command.findOption(NAME);
            WeightsOption mixin = (WeightsOption) command.mixins().values().stream()
                    .filter(spec -> spec.userObject() instanceof WeightsOption)
                    .findFirst().orElseThrow().userObject();
            // A new option from the shared one's name, label and help: picocli cannot turn a copy multi-valued.
            OptionSpec repeatable = OptionSpec.builder(single.names())
                    .paramLabel(single.paramLabel()).description(single.description())
                    .type(List.class).auxiliaryTypes(Path.class).arity("1").required(true)
                    .getter(new ListBinding(mixin)).setter(new ListBinding(mixin))
                    .build();
            command.remove(single);
            command.addOption(repeatable);
            return command;
        }
    }

    /** Reads and writes compare's list of files on the mixin. */
    private record ListBinding(WeightsOption mixin) implements picocli.CommandLine.Model.IGetter,
            picocli.CommandLine.Model.ISetter {

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) mixin.files;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            List<Path> old = mixin.files;
            mixin.files = value == null ? new ArrayList<>() : (List<Path>) value;
            return (T) old;
        }
    }
}
