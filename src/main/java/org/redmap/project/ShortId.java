package org.redmap.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The 8-character id printed small on a briefing and recorded in its sidecar: the first 8 hex
 * digits of a SHA-256 over the project hash and the settings that decide what the picture shows
 * (title, logical size, marking, subtitle, author, sources footer, printed date).
 *
 * <p>Not the file format or the pixel scale: they change how the picture is encoded, not what it
 * shows, so the PNG, SVG and PDF of one briefing carry the same id and a reader can match a slide
 * to its PDF. Not the export time either, or two exports of the same settings would differ in pixels.
 */
public final class ShortId {

    static final int LENGTH = 8;

    private ShortId() {
    }

    public static String of(ProjectHash project, String title, ExportOptions options, Optional<String> date) {
        return Hashes.sha256((project.sha256() + "\n" + settings(title, options, date)).getBytes(StandardCharsets.UTF_8))
                .substring(0, LENGTH);
    }

    /** The hashed settings, as one line of JSON with a fixed key order. */
    static String settings(String title, ExportOptions o, Optional<String> date) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("title", title);
        n.put("page", o.page().name() + " " + pt(o.page().width()) + "x" + pt(o.page().height()));
        n.put("marking", o.marking().orElse(null));
        n.put("subtitle", o.subtitle().orElse(null));
        n.put("author", o.author().orElse(null));
        n.put("sources_footer", o.sourcesFooter());
        n.put("date", date.orElse(null));
        return n.toString();
    }

    private static String pt(double points) {
        return JsonLayout.number(JsonNodeFactory.instance.numberNode(points));
    }
}
