package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.plan.PlanDocument;
import app.progression.render.PlanFiles;
import app.progression.render.Renderers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Write an existing plan (from 'plan --out plan.json') as a printable page, a calendar, "
                + "Markdown or text, without solving again.",
                "The format is --format, or else the extension of --out: html, ics, md, txt or json. Without --out "
                        + "the plan goes to standard output, as 80-column text or in --format."})
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan written by 'progression plan --out plan.json'.")
    Path planFile;

    @Mixin
    OutputOptions output;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() {
        OutputOptions.Checked target = output.check();
        Catalog catalog = catalogOption.load();
        PlanDocument plan = PlanFiles.read(planFile);
        output.write(spec.commandLine().getOut(), plan, target,
                new Renderers.Options(catalog, target.startTime()));
        return ExitCode.PLANNED;
    }
}
