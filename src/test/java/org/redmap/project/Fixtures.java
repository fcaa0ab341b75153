package org.redmap.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;
import org.redmap.render.OverlayBuilder;

/** Projects for the tests, and the bundled map loaded once. */
public final class Fixtures {

    public static final Clock FIXED = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** The example project as shipped, relative to the module's folder (where tests run). */
    public static final Path EXAMPLE = Path.of("data/examples/briefing.redmap.json");

    private static MapSource source;

    private Fixtures() {
    }

    public static synchronized MapSource source() {
        if (source == null) {
            try {
                MapLoader loader = MapLoader.bundled();
                source = new MapSource(loader.defaultDocument(), loader::openRegions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** A project that uses every field: all eight annotation kinds with their own styles, overrides, a view... */
    public static Project full(Path regions, Path coverage) {
        AnnotationStyle odd = new AnnotationStyle("#12ab34", 2.25, 13.5, 0.4);
        MapLayers layers = MapLayers.preset(MapLayers.Preset.BRIEFING)
                .withOverlay(new OverlaySetting(OverlayIds.RISK, true, 0.55))
                .withOverlayMoved(OverlayIds.RISK, 3)
                .withClassification(org.redmap.analysis.Classification.Method.QUANTILE);
        return new Project(Project.CURRENT_VERSION, new DataFiles(Optional.ofNullable(regions), Optional.ofNullable(coverage)),
                "A title with “quotes”, ñ and a \\ backslash", layers,
                Optional.of(new Viewport(1_234_567.891, 987_654.321, 2345.678, 1280, 720)),
                List.of(new VendorOverride("MX-SON", "huawei", "analyst's call"), new VendorOverride("MX-OAX", "nokia", "")),
                new ModelParameters(Map.of("vendor", 0.25, "border_proximity", 0.0), List.of(25.0, 75.5, 150.0)),
                List.of(new TextLabel("t1", new LonLat(-100.1, 22.2), "Label\nsecond line", odd),
                        Callout.of("c1", new LonLat(-104.5, 31.5), new LonLat(-106.45, 31.7), "Callout text"),
                        Arrow.of("a1", new LonLat(-95.2, 24.2), new LonLat(-97.6, 22.5)),
                        new RectangleNote("r1", new LonLat(-99, 19), new LonLat(-98, 20), odd.withFillOpacity(0)),
                        EllipseNote.of("e1", new LonLat(-100.45, 18.8), new LonLat(-99.15, 19.9)),
                        PolygonNote.of("p1", List.of(new LonLat(-90, 20), new LonLat(-89, 21), new LonLat(-88.5, 19.5))),
                        Pin.of("pin1", new LonLat(-99.8, 19.35), "Core", "State of Mexico"),
                        RegionHighlight.of("h1", "MX-NLE")),
                new ExportOptions(ExportFormat.SVG, Page.custom(1200, 675), 300 / 72.0, Optional.of("TLP:AMBER"), Optional.of("A subtitle"),
                        Optional.of("A. Analyst"), true, DatePolicy.fixed(LocalDate.of(2025, 5, 1))));
    }
}
