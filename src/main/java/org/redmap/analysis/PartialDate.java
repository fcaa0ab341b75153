package org.redmap.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date as precise as the source is: {@code 2019}, {@code 2019-09} or {@code 2019-09-04}.
 * Reporting is often dated to the month only, and rounding it to a day would invent precision.
 *
 * @param month 1..12, or 0 when only the year is known
 * @param day   1..31, or 0 when only the year or month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1..12");
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day needs a month");
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a real date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is an IllegalArgumentException. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(org.redmap.io.Excerpt.quoted(text) + " is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(year, month, day);
    }

    /** The first day of the period the date names, for placing it on a time axis. */
    public LocalDate start() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day of the period the date names. */
    public LocalDate end() {
        if (month == 0) return LocalDate.of(year, 12, 31);
        if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    /** The middle of the period, where a chart puts a point dated only to the month or year. */
    public LocalDate middle() {
        LocalDate start = start();
        return start.plusDays((end().toEpochDay() - start.toEpochDay()) / 2);
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = start().compareTo(other.start());
        return c != 0 ? c : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
