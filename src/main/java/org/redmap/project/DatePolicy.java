package org.redmap.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which date a briefing prints: none, the day of the export (UTC, so two analysts in different
 * time zones exporting at the same moment print the same date), or a fixed date. Written in a
 * project file as {@code "none"}, {@code "export-day"} or an ISO date {@code "2024-05-01"}.
 *
 * @param fixed the date for {@link Kind#FIXED}, null otherwise
 */
public record DatePolicy(Kind kind, LocalDate fixed) {

    public enum Kind { NONE, EXPORT_DAY, FIXED }

    public static final DatePolicy NONE = new DatePolicy(Kind.NONE, null);
    public static final DatePolicy EXPORT_DAY = new DatePolicy(Kind.EXPORT_DAY, null);

    public DatePolicy {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FIXED) != (fixed != null)) {
            throw new IllegalArgumentException("a fixed date policy needs a date, and only it has one");
        }
    }

    public static DatePolicy fixed(LocalDate date) {
        return new DatePolicy(Kind.FIXED, Objects.requireNonNull(date, "date"));
    }

    /** From its file form; throws IllegalArgumentException naming the forms allowed. */
    public static DatePolicy parse(String text) {
        String t = text.strip();
        if (t.equals("none")) return NONE;
        if (t.equals("export-day")) return EXPORT_DAY;
        try {
            return fixed(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be \"none\", \"export-day\" or a date YYYY-MM-DD, not \"" + text + "\"");
        }
    }

    /** The file form. */
    public String text() {
        return switch (kind) {
            case NONE -> "none";
            case EXPORT_DAY -> "export-day";
            case FIXED -> fixed.toString();
        };
    }

    /** The date to print, ISO (YYYY-MM-DD), or empty for none. */
    public Optional<String> resolve(Clock clock) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case EXPORT_DAY -> Optional.of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
            case FIXED -> Optional.of(fixed.toString());
        };
    }
}
