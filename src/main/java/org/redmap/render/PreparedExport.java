package org.redmap.render;

import org.redmap.project.ExportOptions;
import org.redmap.project.ProjectHash;

import java.util.Objects;
import java.util.Optional;

/**
 * One briefing ready to draw: the request the renderer gets (also what a live preview shows,
 * scaled down), and what the sidecar records about it.
 *
 * @param options the settings as applied (the format is the file's)
 * @param title   the title printed
 * @param date    the date printed, ISO, or empty
 * @param shortId the id printed in the credits and recorded in the sidecar
 */
public record PreparedExport(RenderRequest request, ExportOptions options, String title, ProjectHash projectHash,
                             Optional<String> date, String shortId) {

    public PreparedExport {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(projectHash, "projectHash");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shortId, "shortId");
    }
}
