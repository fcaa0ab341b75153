package org.redmap.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One number of a timeline entry: a percentage of the population, a number of people, or both.
 *
 * @param percentQualifier "exact", "about" or "over", as the source words the percentage ("about 74 %")
 * @param peopleQualifier  the same for the number of people ("over 47 M people")
 * @param due       for targets, when the figure is due; empty for reported and disputed figures
 * @param dueUntil  for a target that holds over a period ("70 % 2021–2025"), the period's end
 * @param label     short text for a tooltip ("by January 2023", "claimed by Altán's CEO")
 */
public record TimelineFigure(OptionalDouble percent, OptionalDouble peopleMillions, String percentQualifier,
                             String peopleQualifier, Optional<PartialDate> due, Optional<PartialDate> dueUntil, String label) {

    public TimelineFigure {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(peopleMillions, "peopleMillions");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueUntil, "dueUntil");
        percentQualifier = percentQualifier == null ? "exact" : percentQualifier;
        peopleQualifier = peopleQualifier == null ? "exact" : peopleQualifier;
        label = label == null ? "" : label;
        if (percent.isEmpty() && peopleMillions.isEmpty()) {
            throw new IllegalArgumentException("a figure needs a percent or a number of people");
        }
        if (dueUntil.isPresent() && due.isEmpty()) throw new IllegalArgumentException("due_until needs due");
    }

    /** "92.2 % (about 110 M people)", for tables and tooltips. */
    public String text() {
        StringBuilder s = new StringBuilder();
        percent.ifPresent(p -> s.append(word(percentQualifier)).append(number(p)).append(" %"));
        peopleMillions.ifPresent(m -> {
            String people = word(peopleQualifier) + number(m) + " M people";
            s.append(s.length() > 0 ? " (" + people + ")" : people);
        });
        return s.toString();
    }

    private static String word(String qualifier) {
        return "exact".equals(qualifier) ? "" : qualifier + " ";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
