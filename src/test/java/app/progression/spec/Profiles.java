package app.progression.spec;

import app.progression.catalog.Catalog;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads a profile given as JSON text, through the program's own reader (schema, catalog ids, defaults). */
public final class Profiles {

    private Profiles() {
    }

    public static Profile read(String json, Catalog catalog) {
        var tree = Json.readTree(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "profile");
        return ProfileReader.read(tree, "profile", catalog, null);
    }
}
