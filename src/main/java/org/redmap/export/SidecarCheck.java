package org.redmap.export;

import org.redmap.project.ExportFormat;
import org.redmap.project.Hashes;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether an exported image and the sidecar beside it belong together: the sidecar must name the
 * image's size and SHA-256. An export interrupted between its two renames, an image replaced by
 * hand, or a sidecar copied from another export, all fail here with a message that says which.
 */
public final class SidecarCheck {

    /** Sidecars are a few kilobytes; anything this big is not one, and is not read into memory. */
    static final long MAX_SIDECAR_BYTES = 4L << 20;

    /**
     * An image that matches its sidecar.
     *
     * @param exportedAt as the sidecar says, ISO UTC
     */
    public record Match(Path image, Path sidecar, String shortId, String title, String sha256, long bytes,
                        String exportedAt) {
        public Match {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(sidecar, "sidecar");
            Objects.requireNonNull(shortId, "shortId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(exportedAt, "exportedAt");
        }
    }

    private SidecarCheck() {
    }

    /**
     * Checks {@code file} against {@code FILE.json}; given the sidecar itself ({@code b.png.json}),
     * checks the image it sits beside.
     *
     * @throws IOException when they do not match, or either is missing or unreadable; the message
     *                     names the file and says what differs
     */
    public static Match verify(Path file) throws IOException {
        Path image = imageOf(file.toAbsolutePath().normalize());
        Path sidecar = Sidecar.pathFor(image);
        regularFile(image, "the image");
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(image + " has no sidecar: " + sidecar.getFileName() + " is not beside it, so where"
                    + " the image came from cannot be checked");
        }
        regularFile(sidecar, "the sidecar");
        JsonNode side = read(sidecar);
        String expectedSha = text(side, sidecar, "/image/sha256");
        long expectedBytes = number(side, sidecar, "/image/bytes");
        long bytes = Files.size(image);
        String sha = Hashes.sha256(image);
        if (!sha.equals(expectedSha) || bytes != expectedBytes) {
            throw new IOException(String.format(Locale.ROOT, "%s does not match its sidecar %s: the sidecar describes"
                            + " %,d bytes with SHA-256 %s, the file has %,d bytes with SHA-256 %s. The image or the"
                            + " sidecar was replaced, or an export into this folder was interrupted: export again",
                    image, sidecar.getFileName(), expectedBytes, expectedSha, bytes, sha));
        }
        return new Match(image, sidecar, text(side, sidecar, "/short_id"), text(side, sidecar, "/title"), sha, bytes,
                side.at("/exported_at").asText(""));
    }

    /** The image a sidecar path belongs to ({@code b.png.json} → {@code b.png}); any other path is the image. */
    static Path imageOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith(".json")) {
            Path image = file.resolveSibling(name.substring(0, name.length() - ".json".length()));
            try {
                ExportFormat.fromPath(image);
                return image;
            } catch (IllegalArgumentException notASidecarName) {
                return file;
            }
        }
        return file;
    }

    private static void regularFile(Path path, String what) throws IOException {
        if (!Files.exists(path)) throw new IOException(path + ": no such file (" + what + ")");
        // A FIFO or a device would block or never end; a folder cannot be hashed.
        if (!Files.isRegularFile(path)) throw new IOException(path + ": " + what + " is not a regular file");
    }

    private static JsonNode read(Path sidecar) throws IOException {
        long size = Files.size(sidecar);
        if (size > MAX_SIDECAR_BYTES) {
            throw new IOException(sidecar + " is not a redmap export sidecar: " + size + " bytes, far more than one holds");
        }
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(Files.readAllBytes(sidecar));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IOException(sidecar + " cannot be read as a sidecar: it is not valid JSON" + where, e);
        }
        if (tree == null || !tree.isObject() || !Sidecar.FORMAT.equals(tree.path("format").asText())) {
            throw new IOException(sidecar + " is not a redmap export sidecar: expected \"format\": \"" + Sidecar.FORMAT + "\"");
        }
        int version = tree.path("version").asInt(-1);
        if (version < 1 || version > Sidecar.VERSION) {
            throw new IOException(sidecar + ": sidecar version " + tree.path("version") + " is not one this redmap reads"
                    + " (1 to " + Sidecar.VERSION + ")");
        }
        return tree;
    }

    private static String text(JsonNode tree, Path sidecar, String pointer) throws IOException {
        JsonNode n = tree.at(pointer);
        if (!n.isTextual()) throw new IOException(sidecar + ": " + pointer + " is missing or not text; the sidecar is damaged");
        return n.asText();
    }

    private static long number(JsonNode tree, Path sidecar, String pointer) throws IOException {
        JsonNode n = tree.at(pointer);
        if (!n.canConvertToExactIntegral()) {
            throw new IOException(sidecar + ": " + pointer + " is missing or not a whole number; the sidecar is damaged");
        }
        return n.asLong();
    }
}
