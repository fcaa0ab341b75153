package org.redmap.render;

import org.redmap.analysis.PolygonCoverage;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.redmap.analysis.ClassBreaks;
import org.redmap.io.CoveragePolygons;

/**
 * A thematic layer laid over the vendor map: coverage, risk, border bands. Each says whether its
 * numbers are modelled, and where they come from, because the legend and every export must say so.
 * Overlays draw in list order, so the analyst's layer order is the drawing order.
 */
public sealed interface Overlay {

    /** Stable id, used on the command line and in project files ("coverage", "risk", "bands"). */
    String id();

    /** The legend's heading for this layer. */
    String title();

    /** True when the values come from a model or assumption rather than data. */
    boolean modelled();

    /** Where the values come from, in a sentence. */
    String provenance();

    /** 0 (invisible) to 1 (opaque). */
    double opacity();

    Overlay withOpacity(double opacity);

    private static double checkOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        return opacity;
    }

    /**
     * One value per region, classified and coloured along a ramp. Regions without a value are
     * drawn as "no data" (grey dots), never as zero.
     *
     * @param percent true to label classes as percentages (shares), false as plain numbers (scores)
     */
    record Choropleth(String id, String title, boolean modelled, String provenance, Map<String, Double> values,
                      ClassBreaks breaks, Ramp ramp, boolean percent, double opacity) implements Overlay {
        public Choropleth {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(breaks, "breaks");
            Objects.requireNonNull(ramp, "ramp");
            provenance = provenance == null ? "" : provenance;
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            checkOpacity(opacity);
        }

        @Override
        public Choropleth withOpacity(double newOpacity) {
            return new Choropleth(id, title, modelled, provenance, values, breaks, ramp, percent, newOpacity);
        }

        /** Class colours, lowest class first. */
        public List<Color> colours() {
            return ramp.sample(Math.max(1, breaks.classes()));
        }
    }

    /** An area (a modelled coverage footprint), in projected metres. */
    record Area(String id, String title, boolean modelled, String provenance, Geometry projected, Color colour,
                double opacity) implements Overlay {
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(projected, "projected");
            Objects.requireNonNull(colour, "colour");
            provenance = provenance == null ? "" : provenance;
            checkOpacity(opacity);
        }

        @Override
        public Area withOpacity(double newOpacity) {
            return new Area(id, title, modelled, provenance, projected, colour, newOpacity);
        }
    }

    /**
     * Nested distance bands (from the border), nearest first, in projected metres, each with its
     * label ("0–50 km").
     */
    record Bands(String id, String title, boolean modelled, String provenance, List<Geometry> projected,
                 List<String> labels, double opacity) implements Overlay {
        public Bands {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            projected = List.copyOf(projected);
            labels = List.copyOf(labels);
            if (projected.size() != labels.size()) throw new IllegalArgumentException("one label per band");
            provenance = provenance == null ? "" : provenance;
            checkOpacity(opacity);
        }

        @Override
        public Bands withOpacity(double newOpacity) {
            return new Bands(id, title, modelled, provenance, projected, labels, newOpacity);
        }
    }

    /**
     * Imported polygons (coverage cells, footprints) with one number each, classified and coloured
     * along a ramp; cells without a value are drawn as "no data". Imported, so never modelled: the
     * legend names the property and the file.
     */
    record Polygons(String id, String title, String provenance, PolygonCoverage layer, ClassBreaks breaks, Ramp ramp,
                    double opacity) implements Overlay {
        public Polygons {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(breaks, "breaks");
            Objects.requireNonNull(ramp, "ramp");
            provenance = provenance == null ? "" : provenance;
            checkOpacity(opacity);
        }

        @Override
        public boolean modelled() {
            return false;
        }

        @Override
        public Polygons withOpacity(double newOpacity) {
            return new Polygons(id, title, provenance, layer, breaks, ramp, newOpacity);
        }

        public CoveragePolygons data() {
            return layer.data();
        }

        /** Class colours, lowest class first. */
        public List<Color> colours() {
            return ramp.sample(Math.max(1, breaks.classes()));
        }
    }
}
