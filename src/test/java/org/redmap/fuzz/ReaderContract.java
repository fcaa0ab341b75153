package org.redmap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redmap.analysis.CoverageTableException;
import org.redmap.io.GeoJsonException;
import org.redmap.io.JsonFileException;

/**
 * What every reader promises for any bytes at all: a result, or its own exception naming the file
 * and the place. Anything else a reader lets out (a NullPointerException, JTS's
 * IllegalArgumentException, a StackOverflowError, an OutOfMemoryError) fails the fuzz test, and
 * Jazzer turns a run that takes too long into a finding of its own.
 */
final class ReaderContract {

    /** Inputs above this are not tried: the readers' size limits are tested elsewhere, hangs and blow-ups need no bulk. */
    static final int MAX_INPUT = 64 * 1024;

    /** Whole-file problems, which have no place inside the file to point at. */
    private static final String[] WHOLE_FILE = {"the file is empty", "could not be read", "not a JSON text file",
            "is not UTF-8", "no property chosen", "no feature has a numeric property"};

    private ReaderContract() {
    }

    static boolean tooLarge(byte[] input) {
        return input.length > MAX_INPUT;
    }

    /** The input as a file called {@code name} in a fresh folder, for readers that take a path. */
    static Path file(String name, byte[] input) {
        try {
            Path dir = Files.createTempDirectory("redmap-fuzz");
            dir.toFile().deleteOnExit();
            Path file = Files.write(dir.resolve(name), input);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what {@link #file} made, so that a ten-minute run does not fill the temporary folder. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many lines the input has, counting a line break as CR, LF or CRLF, as the parsers do; a
     * stray byte 0x0A inside a UTF-16 character only makes this larger, so the bound stays safe.
     */
    static int lines(byte[] input) {
        int lines = 1;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n' || input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n')) lines++;
        }
        return lines;
    }

    static void located(GeoJsonException e, String source, byte[] input) {
        located(e, source);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isLessThanOrEqualTo(lines(input));
    }

    static void located(JsonFileException e, String file, byte[] input) {
        located(e, file);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isLessThanOrEqualTo(lines(input));
    }

    static void located(CoverageTableException e, String file, byte[] input) {
        located(e, file);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isLessThanOrEqualTo(lines(input));
    }

    private static void located(GeoJsonException e, String source) {
        assertThat(e.getMessage()).as("message of %s", e).startsWith(source + ": ");
        assertThat(e.source()).isEqualTo(source);
        if (!wholeFile(e.reason())) {
            assertThat(e.line() > 0 || e.featureIndex() >= 0).as("line or feature of: %s", e.getMessage()).isTrue();
        }
    }

    private static void located(JsonFileException e, String file) {
        assertThat(e.getMessage()).as("message of %s", e).startsWith(file + ": ");
        assertThat(e.file()).isEqualTo(file);
        if (!wholeFile(e.reason())) {
            assertThat(e.line() > 0 || !e.pointer().isEmpty()).as("line or pointer of: %s", e.getMessage()).isTrue();
        }
    }

    private static void located(CoverageTableException e, String file) {
        assertThat(e.getMessage()).as("message of %s", e).startsWith(file + ": ");
        assertThat(e.file()).isEqualTo(file);
        if (!wholeFile(e.getMessage())) {
            assertThat(e.line()).as("line of: %s", e.getMessage()).isPositive();
        }
    }

    private static boolean wholeFile(String reason) {
        for (String whole : WHOLE_FILE) if (reason.contains(whole)) return true;
        return false;
    }
}
