package org.redmap.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the recovery dialogs and the status line say about a recovery. No JavaFX, so it is tested plainly. */
final class RecoveryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;

    RecoveryText(ZoneId zone) {
        this.zone = zone;
    }

    /** "3 Dec 2026, 16:47:59", in the analyst's time zone. */
    String when(Instant at) {
        return WHEN.withZone(zone).format(at);
    }

    /** "briefing.redmap.json" or "an untitled project". */
    static String belongsTo(RecoveryStore.Recovered r) {
        return r.projectFile().map(p -> String.valueOf(p.getFileName())).orElse("an untitled project");
    }

    /** One line of the offer: when, which project (and where), the title. */
    String line(RecoveryStore.Recovered r) {
        StringBuilder s = new StringBuilder(when(r.savedAt())).append("  ·  ");
        if (r.projectFile().isPresent()) {
            Path file = r.projectFile().get();
            s.append("changes to ").append(file.getFileName());
            if (file.getParent() != null) s.append(" (").append(file.getParent()).append(')');
        } else {
            s.append("an untitled project");
        }
        if (!r.title().isBlank()) s.append("  ·  “").append(r.title()).append('”');
        return s.toString();
    }

    /** The offer's question. */
    String header(List<RecoveryStore.Recovered> found) {
        if (found.size() == 1) return "Restore unsaved changes from " + when(found.get(0).savedAt()) + "?";
        return "Restore unsaved changes? redmap kept the work of " + found.size() + " sessions that did not close normally.";
    }

    /** What the offer explains. */
    String explanation(List<RecoveryStore.Recovered> found) {
        if (found.size() == 1) {
            RecoveryStore.Recovered r = found.get(0);
            String of = r.projectFile().map(p -> " to " + p.getFileName()).orElse(" to an untitled project");
            return "redmap did not close normally last time. The changes" + of + " made until then were kept in "
                    + r.project() + ".";
        }
        return "Each was kept in its own recovery file. Restore one at a time (File → Restore unsaved work… "
                + "offers the others again), or discard the one selected. Not now keeps them all for later.";
    }

    /** The header of the dialog of a restore that failed: the work is still there, and where. */
    static String failedHeader(RecoveryStore.Recovered r) {
        return "Could not restore the unsaved changes (they are kept in " + r.project() + ")";
    }
}
