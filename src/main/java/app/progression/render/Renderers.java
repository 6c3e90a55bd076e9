package app.progression.render;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.io.AtomicFiles;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** One entry point for every format: render the whole plan in memory, then write it in one atomic step. */
public final class Renderers {

    /** The time of day calendar events start when {@code --at} is not given. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(7, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private Renderers() {
    }

    /** What a renderer needs besides the plan: how-to texts and the time of day for calendar events. */
    public record Options(Catalog catalog, LocalTime at, Clock clock) {
        public Options(Catalog catalog, LocalTime at) {
            this(catalog, at, Clock.systemUTC());
        }
    }

    public static String render(PlanDocument plan, OutputFormat format, Options options) {
        return switch (format) {
            case JSON -> json(plan);
            case TEXT -> TerminalView.render(plan, options.catalog());
            case MARKDOWN -> MarkdownRenderer.render(plan, options.catalog());
            case HTML -> HtmlRenderer.render(plan, options.catalog());
            case ICS -> new CalendarRenderer(options.clock()).render(plan, options.catalog(),
                    options.at() == null ? DEFAULT_TIME : options.at());
        };
    }

    /** Refuses, before any work, an output path that exists and is not a regular file ({@code /dev/full}, a folder). */
    public static void checkTarget(Path out) {
        if (out != null && AtomicFiles.isSpecial(out)) {
            throw new InvalidInputException("--out " + out + " exists and is not a regular file (a folder, device or "
                    + "other special file); give the path of a file to write.");
        }
    }

    /** Renders first and writes after, so a failure leaves no file, or the old one untouched. */
    public static void write(PlanDocument plan, OutputFormat format, Options options, Path out) {
        checkTarget(out);
        String content = render(plan, format, options);
        try {
            AtomicFiles.write(out, content);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + out + ": " + describe(e));
        }
    }

    /**
     * An {@code --at} value: a 24-hour time of day such as {@code 07:00}, {@code 7:00} or {@code 18:30}.
     */
    public static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.trim(), TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--at '" + text + "' is not a time of day. Give it as HH:MM on the "
                    + "24-hour clock, for example 07:00 or 18:30.");
        }
    }

    private static String json(PlanDocument plan) {
        try {
            return Json.MAPPER.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "the folder does not exist";
            case "FileSystemException" -> e.getMessage();
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }
}
