package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.progression.InvalidInputException;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.profile.ProfileReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI's own messages about a bad profile, read back as the fields the form shows them beside. */
class FieldErrorsTest {

    private static List<String> fieldsOf(String profileJson) throws Exception {
        try {
            ProfileReader.read(Json.MAPPER.readTree(profileJson), "profile", CatalogLoader.builtIn(), null);
        } catch (InvalidInputException e) {
            return FieldErrors.of(e.getMessage()).stream().map(FieldErrors.FieldError::field).toList();
        }
        throw new AssertionError("the profile was accepted: " + profileJson);
    }

    @Test
    void schemaMessagesNameTheirFields() throws Exception {
        assertEquals(List.of("weeks"), fieldsOf("""
                {"athlete": {"id": "a"}, "startDate": "2027-01-04", "availableMinutes": {}, "weeks": 99}"""));
        assertEquals(List.of("availableMinutes.MONDAY"), fieldsOf("""
                {"athlete": {"id": "a"}, "startDate": "2027-01-04", "availableMinutes": {"MONDAY": 900}}"""));
        assertEquals(List.of("startDate"), fieldsOf("""
                {"athlete": {"id": "a"}, "availableMinutes": {}}"""));
        assertEquals(List.of("athlete.id"), fieldsOf("""
                {"athlete": {}, "startDate": "2027-01-04", "availableMinutes": {}}"""));
        assertEquals(List.of("findings.tightHipFlexors"), fieldsOf("""
                {"athlete": {"id": "a"}, "startDate": "2027-01-04", "availableMinutes": {},
                 "findings": {"tightHipFlexors": ["UP"]}}"""));
    }

    @Test
    void theReadersOwnChecksNameTheirFieldsToo() throws Exception {
        assertEquals(List.of("painful"), fieldsOf("""
                {"athlete": {"id": "a"}, "startDate": "2027-01-04", "availableMinutes": {}, "painful": ["nope"]}"""));
        assertEquals("weights", FieldErrors.of("the profile's weights: unknown rule 'x'. Valid rules: a, b.").get(0)
                .field());
        assertEquals(List.of(), FieldErrors.of("Something without a field."));
    }
}
