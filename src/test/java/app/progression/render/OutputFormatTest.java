package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void theExtensionNamesTheFormat() {
        assertEquals(Optional.of(OutputFormat.HTML), OutputFormat.fromFileName(Path.of("out/plan.html")));
        assertEquals(Optional.of(OutputFormat.HTML), OutputFormat.fromFileName(Path.of("PLAN.HTM")));
        assertEquals(Optional.of(OutputFormat.ICS), OutputFormat.fromFileName(Path.of("plan.ics")));
        assertEquals(Optional.of(OutputFormat.MARKDOWN), OutputFormat.fromFileName(Path.of("plan.md")));
        assertEquals(Optional.of(OutputFormat.JSON), OutputFormat.fromFileName(Path.of("plan.json")));
        assertEquals(Optional.of(OutputFormat.TEXT), OutputFormat.fromFileName(Path.of("plan.txt")));
    }

    @Test
    void aFileWithoutAnExtensionIsJsonAsBefore() {
        assertEquals(Optional.empty(), OutputFormat.fromFileName(Path.of("plan")));
        assertEquals(Optional.empty(), OutputFormat.fromFileName(Path.of(".plan")));
        assertEquals(OutputFormat.JSON, OutputFormat.choose(null, Path.of("plan"), OutputFormat.JSON));
    }

    @Test
    void anUnknownExtensionIsRefusedNotGuessed() {
        var error = assertThrows(InvalidInputException.class, () -> OutputFormat.fromFileName(Path.of("plan.pdf")));
        assertTrue(error.getMessage().contains("'.pdf'"), error.getMessage());
        assertTrue(error.getMessage().contains("--format"), error.getMessage());
    }

    @Test
    void formatBeatsTheExtension() {
        assertEquals(OutputFormat.MARKDOWN, OutputFormat.choose("md", Path.of("plan.txt"), OutputFormat.JSON));
        assertEquals(OutputFormat.ICS, OutputFormat.choose("ICS", Path.of("plan.pdf"), OutputFormat.JSON));
        assertEquals(OutputFormat.MARKDOWN, OutputFormat.parse("markdown"));
        assertEquals(OutputFormat.HTML, OutputFormat.parse(".html"));
        assertEquals(OutputFormat.TEXT, OutputFormat.choose(null, null, OutputFormat.TEXT));
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        var error = assertThrows(InvalidInputException.class, () -> OutputFormat.parse("pdf"));
        assertTrue(error.getMessage().contains("json|txt|md|html|ics"), error.getMessage());
    }

    @Test
    void timesOfDayAreTwentyFourHourClock() {
        assertEquals(LocalTime.of(7, 0), Renderers.parseTime("07:00"));
        assertEquals(LocalTime.of(7, 0), Renderers.parseTime("7:00"));
        assertEquals(LocalTime.of(18, 30), Renderers.parseTime(" 18:30 "));
        for (String bad : new String[] {"7am", "25:00", "07:60", "0700", "", "7:0", "07:00:00"}) {
            var error = assertThrows(InvalidInputException.class, () -> Renderers.parseTime(bad), bad);
            assertTrue(error.getMessage().startsWith("--at '" + bad + "'"), error.getMessage());
        }
    }
}
