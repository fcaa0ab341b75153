package org.redmap.analysis;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * One large area (a coverage footprint, a border band) intersected with many regions. Prepared
 * once, it answers the common cases — a region wholly outside or wholly inside — without an overlay,
 * which on a file of thousands of cells is what makes the analysis take seconds rather than minutes.
 */
final class OverlapMask {

    private final Geometry area;
    private final PreparedGeometry prepared;

    OverlapMask(Geometry area) {
        this.area = area;
        this.prepared = PreparedGeometryFactory.prepare(area);
    }

    /** The part of {@code shape} inside the area; empty when they do not meet. */
    Geometry intersection(Geometry shape) {
        if (area.isEmpty() || !shape.getEnvelopeInternal().intersects(area.getEnvelopeInternal())
                || !prepared.intersects(shape)) {
            return shape.getFactory().createPolygon();
        }
        if (prepared.covers(shape)) return shape;
        return OverlayNGRobust.overlay(shape, area, OverlayNG.INTERSECTION);
    }
}
