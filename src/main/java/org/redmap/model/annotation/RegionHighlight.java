package org.redmap.model.annotation;

import java.util.List;

/**
 * A halo around one region's outline. It follows the region's shape rather than storing one, so it
 * stays right when a different regions file with the same ids is opened; an id the map does not
 * have draws nothing.
 */
public record RegionHighlight(String id, String regionId, AnnotationStyle style) implements Annotation {

    public RegionHighlight {
        Checks.id(id);
        Checks.text(regionId, "region id");
        Checks.present(style, "style");
    }

    public static RegionHighlight of(String id, String regionId) {
        return new RegionHighlight(id, regionId, AnnotationKind.REGION_HIGHLIGHT.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.REGION_HIGHLIGHT;
    }

    @Override
    public List<LonLat> positions() {
        return List.of();
    }

    @Override
    public RegionHighlight withPositions(List<LonLat> positions) {
        Checks.count(positions, 0, kind());
        return this;
    }

    @Override
    public RegionHighlight withStyle(AnnotationStyle newStyle) {
        return new RegionHighlight(id, regionId, newStyle);
    }
}
