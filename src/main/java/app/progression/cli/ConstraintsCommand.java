package app.progression.cli;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.io.Json;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "constraints", mixinStandardHelpOptions = true,
        description = {"List every rule: its id (for weights files), hard or soft, its default weight and what it "
                + "protects. Safety rules cannot be switched off (weight 0).",
                "With --weights, also check a weights file and show the weights it gives."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:the weights file is invalid; the message says which rule and why"})
public class ConstraintsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WeightsOption weightsOption;

    @Mixin
    JsonOption output;

    /** One row of the list; {@code weight} is the weight with --weights applied. */
    public record Row(String id, String level, int defaultWeight, int weight, boolean safety, String protects) {
    }

    @Override
    public Integer call() throws Exception {
        Path weightsFile = weightsOption.file();
        ConstraintWeights weights = Weights.resolve(Map.of(), weightsFile);
        List<Row> rows = new ArrayList<>();
        for (RuleInfo rule : ConstraintWeights.rules()) {
            rows.add(new Row(rule.id(), rule.hard() ? "hard" : "soft", rule.defaultWeight(),
                    weights.weight(rule.id()), rule.safety(), rule.protects()));
        }
        var out = spec.commandLine().getOut();
        if (output.json) {
            out.print(Json.MAPPER.writeValueAsString(rows) + "\n");
        } else {
            out.print(render(rows, weightsFile != null));
        }
        out.flush();
        return ExitCode.PLANNED;
    }

    static String render(List<Row> rows, boolean withWeights) {
        StringBuilder out = new StringBuilder();
        out.append(rows.size()).append(" rules. A hard rule must hold for a plan to be feasible; soft rules are\n"
                + "traded off by weight. Safety rules (*) cannot be set to 0. Change weights with a\n"
                + "JSON file {\"rule-id\": weight, ...} passed as --weights (plan, explain, compare)\n"
                + "or in the profile's \"weights\"; the file wins over the profile.\n\n");
        out.append(String.format(Locale.ROOT, "%-44s %-4s %7s%s%n", "rule", "", "default",
                withWeights ? "   file" : ""));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-44s %-4s %7d%s%n", row.id() + (row.safety() ? " *" : ""),
                    row.level(), row.defaultWeight(), withWeights
                            ? String.format(Locale.ROOT, " %6d%s", row.weight(),
                                    row.weight() != row.defaultWeight() ? " <" : "")
                            : ""));
            wrap(out, "    " + row.protects());
        }
        return out.toString();
    }

    private static void wrap(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 76) {
                out.append("    ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append("    ").append(line).append('\n');
    }
}
