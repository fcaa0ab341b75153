package org.redmap.tagging;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.redmap.model.TaggedRegion;

/**
 * Finds the tagged reference region that contains a point. An STR-tree narrows the candidates to
 * a few bounding boxes and prepared geometries make the exact test cheap, so tagging 100,000
 * regions costs 100,000 tree queries, not 100,000 × 32 polygon tests.
 */
final class PositionIndex {

    /** A reference region with its prepared geometry; {@code order} keeps overlaps deterministic. */
    private record Entry(int order, TaggedRegion region, PreparedGeometry geometry) {
    }

    private final STRtree tree = new STRtree();

    PositionIndex(List<TaggedRegion> reference) {
        int order = 0;
        for (TaggedRegion region : reference) {
            // Only tagged regions can lend their assignment; an empty geometry has no position.
            if (region.assignment().isEmpty() || region.region().geometry().isEmpty()) continue;
            var geometry = region.region().geometry();
            tree.insert(geometry.getEnvelopeInternal(),
                    new Entry(order++, region, PreparedGeometryFactory.prepare(geometry)));
        }
        tree.build(); // once, up front, instead of lazily inside the first query
    }

    /** The first reference region (in reference order) that covers the point, boundary included. */
    Optional<TaggedRegion> containing(Point point) {
        if (point == null || point.isEmpty()) return Optional.empty();
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(e -> e.geometry().covers(point))
                .min(Comparator.comparingInt(Entry::order))
                .map(Entry::region);
    }
}
