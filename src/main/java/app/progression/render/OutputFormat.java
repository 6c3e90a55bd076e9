package app.progression.render;

import app.progression.InvalidInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ways a plan can be written. {@code --format} names one; otherwise the extension of {@code --out} decides,
 * and a file without an extension gets JSON (as {@code --out} always wrote). An extension that names no format is
 * refused rather than guessed, so {@code --out plan.pdf} never quietly becomes a JSON file.
 */
public enum OutputFormat {
    JSON("json", "the plan as data, for apps and for `progression render`", "json"),
    TEXT("txt", "the 80-column text shown in the terminal", "txt", "text"),
    MARKDOWN("md", "a table per week, for a chat or a club site", "md", "markdown"),
    HTML("html", "one self-contained printable page", "html", "htm"),
    ICS("ics", "an iCalendar file, one event per session", "ics", "ical", "ifb");

    private final String key;
    private final String description;
    private final List<String> extensions;

    OutputFormat(String key, String description, String... extensions) {
        this.key = key;
        this.description = description;
        this.extensions = List.of(extensions);
    }

    /** The name used with {@code --format}. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** A {@code --format} value: the format's name or any of its extensions, in any case. */
    public static OutputFormat parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (OutputFormat format : values()) {
            if (format.key.equals(wanted) || format.extensions.contains(wanted)) {
                return format;
            }
        }
        throw new InvalidInputException("--format '" + name + "' is not a known format. Use one of: "
                + keys() + ".");
    }

    /** The format a file name asks for; empty for a name without an extension, an error for an unknown one. */
    public static Optional<OutputFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return Optional.empty();
        }
        String extension = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        throw new InvalidInputException("Cannot tell the format of " + file + " from its extension '." + extension
                + "'. Name the file " + Arrays.stream(values()).map(f -> "." + f.extension())
                        .collect(Collectors.joining(", ")) + ", or say which with --format " + keys() + ".");
    }

    /**
     * The format to write: {@code --format} when given, else the output file's extension, else {@code fallback}
     * (JSON for a file without an extension; the terminal text when nothing is written to a file).
     */
    public static OutputFormat choose(String formatOption, Path out, OutputFormat fallback) {
        if (formatOption != null) {
            return parse(formatOption);
        }
        if (out != null) {
            return fromFileName(out).orElse(fallback);
        }
        return fallback;
    }

    static String keys() {
        return Arrays.stream(values()).map(OutputFormat::key).collect(Collectors.joining("|"));
    }

    /** For picocli's completion and help: the names {@code --format} takes. */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::key).iterator();
        }
    }
}
