package app.progression.web;

import app.progression.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saves with optimistic concurrency: each file's version is the SHA-256 of its bytes, a save names the version it
 * was based on, and it is refused (409) when the file changed since. So two browser tabs editing one athlete never
 * lose an edit silently: the later save is refused and says so. Writes are atomic, as the CLI's are. The check and
 * the write hold one lock per file, so two saves in this server cannot both pass the check.
 */
final class VersionedFiles {

    private final Map<Path, Object> locks = new ConcurrentHashMap<>();

    /** The file's content and version, or null when there is no such file. */
    record Versioned(byte[] content, String version) {
    }

    static Versioned read(Path file) throws IOException {
        try {
            byte[] content = Files.readAllBytes(file);
            return new Versioned(content, version(content));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code content} if the file is still at {@code expected} (null: the file must not exist yet); returns
     * the new version. {@code what} names the file for the coach ("Ava's profile").
     */
    String write(Path file, String expected, byte[] content, String what) throws IOException {
        synchronized (locks.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new Object())) {
            Versioned current = read(file);
            String actual = current == null ? null : current.version();
            if (expected == null && actual != null) {
                throw ApiException.conflict(what + " already exists (someone else saved it meanwhile). Reload to "
                        + "see it, then make your change again.");
            }
            if (expected != null && !expected.equals(actual)) {
                throw ApiException.conflict(actual == null
                        ? what + " was deleted since you loaded it. Reload before saving."
                        : what + " was changed since you loaded it (in another tab, by another coach or on disk). "
                                + "Your save was not written, so nothing was lost: reload to see the other change, "
                                + "then make yours again.");
            }
            AtomicFiles.write(file, content);
            return version(content);
        }
    }
}
