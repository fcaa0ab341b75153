package org.redmap.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, of bytes, of a file, of a resource bundled in redmap. */
public final class Hashes {

    /** Where the data that ships with redmap lives on the class path (pom.xml copies data/ there). */
    static final String BUNDLED_DATA = "/org/redmap/data/";

    private Hashes() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The hash of a file bundled under /org/redmap/data/, exactly the bytes the loaders read. */
    static String bundledSha256(String name) throws IOException {
        try (InputStream in = Hashes.class.getResourceAsStream(BUNDLED_DATA + name)) {
            if (in == null) throw new IOException("bundled data file " + name + " is missing from the application");
            return sha256(in.readAllBytes());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
