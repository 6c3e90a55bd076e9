package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --catalog option of every command that plans or reads plans. */
public class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A coach's exercise catalog (JSON) that replaces, or with \"extendsBuiltIn\" extends, "
                    + "the built-in one; for a plan already made, the one it was made with.")
    Path file;

    Catalog load() {
        return file == null ? CatalogLoader.builtIn() : CatalogLoader.load(file);
    }
}
