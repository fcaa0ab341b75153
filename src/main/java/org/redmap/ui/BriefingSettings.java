package org.redmap.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.redmap.project.ExportFormat;
import org.redmap.project.DatePolicy;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;
import org.redmap.render.Marking;
import org.redmap.render.RenderRequest;

/**
 * What the briefing export dialog asks for: format, size, the words around the map and the
 * marking. Kept in the project as its last export ({@link #toExportOptions}); the picture itself is
 * prepared from the project ({@link ProjectExportSource}), as {@code redmap export --project} prepares it.
 *
 * @param subtitle   blank for the automatic one
 * @param author     blank for none
 * @param date       none, the day of each export, or a fixed date
 * @param localPaths the sidecar records absolute paths on this computer too; not kept in the project,
 *                   so each export dialog starts release-safe
 */
public record BriefingSettings(ExportFormat format, PageSize size, String title, String subtitle,
                               Optional<Marking> marking, String author, DatePolicy date, boolean sourcesFooter,
                               boolean localPaths) {

    /** Without local paths in the sidecar. */
    public BriefingSettings(ExportFormat format, PageSize size, String title, String subtitle, Optional<Marking> marking,
                            String author, DatePolicy date, boolean sourcesFooter) {
        this(format, size, title, subtitle, marking, author, date, sourcesFooter, false);
    }

    public BriefingSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(size, "size");
        title = Objects.requireNonNullElse(title, "").strip();
        subtitle = Objects.requireNonNullElse(subtitle, "").strip();
        Objects.requireNonNull(marking, "marking");
        author = Objects.requireNonNullElse(author, "").strip();
        Objects.requireNonNull(date, "date");
    }

    /** A first export: a 1080p slide in PNG with the map's title, no marking, dated the day it is made, with sources. */
    public static BriefingSettings defaults(String title) {
        return new BriefingSettings(ExportFormat.PNG, PageSize.PRESETS.get(0), title, "", Optional.empty(), "",
                DatePolicy.EXPORT_DAY, true);
    }

    /**
     * The export drawn small enough to fit a box of {@code boxWidth × boxHeight} on screen: the same
     * layout at a lower pixel scale, so it is the final image scaled down, not another picture.
     *
     * @param outputScale the screen's device pixels per logical pixel, for a sharp preview on HiDPI
     */
    public static RenderRequest preview(RenderRequest export, double boxWidth, double boxHeight, double outputScale) {
        double fit = Math.min(boxWidth / export.viewport().width(), boxHeight / export.viewport().height());
        double scale = Math.max(0.02, Math.min(8, fit * Math.max(1, outputScale)));
        return new RenderRequest(export.map(), export.viewport(), scale, export.layers(), null, null, null,
                export.overlays(), export.briefing(), export.layout());
    }

    /**
     * The settings as a project keeps them ("the last export"), so that File → Export… reopens with
     * them and {@code redmap export --project} reproduces them.
     */
    public ExportOptions toExportOptions() {
        return new ExportOptions(format, size.page(), size.pixelScale(),
                marking.map(Marking::text), Optional.of(subtitle), Optional.of(author), sourcesFooter, date);
    }

    /**
     * Settings from a project's last export; a size the dialog names (a slide, a sheet of paper) is
     * shown by its name, any other as a custom size.
     */
    public static BriefingSettings of(ExportOptions options, String title) {
        PageSize size = PageSize.PRESETS.stream()
                .filter(p -> p.page().equals(options.page()) && Math.abs(p.pixelScale() - options.pixelScale()) < 1e-9)
                .findFirst()
                .orElseGet(() -> new PageSize(options.page().name().equals(Page.CUSTOM) ? "Custom"
                        : options.page().title() + " · " + Math.round(options.dpi()) + " dpi", options.page(), options.pixelScale()));
        return new BriefingSettings(options.format(), size, title, options.subtitle().orElse(""),
                options.marking().map(Marking::of), options.author().orElse(""), options.date(), options.sourcesFooter());
    }

    /** "redmap-huawei-and-nokia-1920x1080.pdf": the title, the pixel size and the format's extension. */
    public String fileName() {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
        return "redmap" + (slug.isEmpty() ? "" : "-" + slug) + "-" + size.pixelWidth() + "x" + size.pixelHeight()
                + "." + format.extension();
    }
}
