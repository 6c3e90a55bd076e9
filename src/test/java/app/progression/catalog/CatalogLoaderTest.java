package app.progression.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A coach's catalog: the schema says what one entry may hold; the loader checks what spans entries. */
class CatalogLoaderTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("club.json"), json);
    }

    @Test
    void anExtendingCatalogInheritsSettingsAndReplacesByIdAndAdds() throws IOException {
        Catalog catalog = CatalogLoader.load(write("""
                {"extendsBuiltIn": true, "exercises": [
                  {"id": "cat-cow", "name": "Cat-cow, slow", "kind": "FLEXIBILITY", "sets": 2, "reps": 8,
                   "secondsPerRep": 5},
                  {"id": "wall-sit", "name": "Wall sit", "kind": "STRENGTH", "rung": 13, "secondsPerRep": 4}]}
                """));
        Catalog builtIn = CatalogLoader.builtIn();
        assertEquals(builtIn.strengthDose(), catalog.strengthDose());
        assertEquals(builtIn.exercises().size() + 1, catalog.exercises().size());
        assertEquals("Cat-cow, slow", catalog.get("cat-cow").name());
        assertEquals(13, catalog.get("wall-sit").rung());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "standalone without settings | {\"exercises\": []} | (top level): required property 'strengthDose' not found",
            "unknown field               | {\"extendsBuiltIn\": true, \"exercize\": []} | (top level): unknown field 'exercize'",
            "null exercise               | {\"extendsBuiltIn\": true, \"exercises\": [null]} | /exercises/0: null found, object expected",
            "no kind                     | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\"}]} | exercise 'a' at /exercises/0: required property 'kind' not found",
            "stretch with both doses     | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"FLEXIBILITY\", \"sets\": 1, \"reps\": 5, \"secondsPerRep\": 2, \"holdSeconds\": 5}]} | exercise 'a' at /exercises/0: gives both reps and holdSeconds; give one of them",
            "stretch with no dose        | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"FLEXIBILITY\", \"sets\": 1}]} | exercise 'a' at /exercises/0: needs either reps or holdSeconds (1 or more)",
            "strength off the ladder     | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"STRENGTH\", \"secondsPerRep\": 2}]} | exercise 'a' at /exercises/0: a strength exercise needs a rung (on the ladder) or addOnFor (an add-on)",
            "unknown target              | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"FLEXIBILITY\", \"targets\": [\"KNEES\"], \"sets\": 1, \"holdSeconds\": 9}]} | exercise 'a' at /exercises/0/targets/0: is not a known body area",
            "reps without a tempo        | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"FLEXIBILITY\", \"sets\": 1, \"reps\": 5}]} | exercise 'a' at /exercises/0: required property 'secondsPerRep' not found",
            "huge rung                   | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"STRENGTH\", \"rung\": 2147483647, \"secondsPerRep\": 2}]} | exercise 'a' at /exercises/0/rung: must be a whole number from 1 to 100 (found 2147483647)",
            "warm-up hold too long       | {\"extendsBuiltIn\": true, \"warmUp\": [{\"id\": \"cat-cow\", \"sets\": 1, \"holdSeconds\": 999999999}]} | warm-up item 'cat-cow' at /warmUp/0/holdSeconds: must be a whole number of seconds from 0 to 600",
            "warm-up item unknown        | {\"extendsBuiltIn\": true, \"warmUp\": [{\"id\": \"jog\", \"sets\": 1, \"holdSeconds\": 60}]} | warm-up item 'jog' is not in the catalog",
            "warm-up reps without tempo  | {\"extendsBuiltIn\": true, \"warmUp\": [{\"id\": \"marching-in-place\", \"sets\": 1, \"reps\": 20}]} | warm-up item 'marching-in-place': reps need the exercise's secondsPerRep of 1 or more",
            "add-on outside the dose     | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"STRENGTH\", \"addOnFor\": \"UPPER_BACK_PAIN\", \"fixedReps\": 20, \"secondsPerRep\": 2}]} | exercise 'a': fixedReps of an add-on must lie within the strength dose (8 to 12)",
            "indoor version not outdoor  | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"STRENGTH\", \"rung\": 3, \"secondsPerRep\": 2, \"replacedOutdoorsBy\": \"superman\"}]} | exercise 'a' is replaced outdoors by 'superman', which must be in the catalog and marked outdoorOnly",
            "variant of nothing          | {\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"STRENGTH\", \"rung\": 3, \"secondsPerRep\": 2, \"easierVariantOf\": \"zzz\"}]} | exercise 'a' is an easier variant of 'zzz', which is not in the catalog"})
    void mistakesAreNamedByEntry(String kind, String json, String expected) throws IOException {
        Path file = write(json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogLoader.load(file));
        assertTrue(e.getMessage().startsWith("catalog " + file + " is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), kind + ": " + e.getMessage());
    }
}
