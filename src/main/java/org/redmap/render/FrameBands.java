package org.redmap.render;

import java.util.Set;
import org.redmap.model.Layer;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;

/**
 * Which bands the page's frame draws around the map, top to bottom: marking, title, (map), sources,
 * credits, marking. An element the analyst placed on the page is drawn over the map as a panel
 * and leaves its band to the map, which the export then frames larger.
 */
record FrameBands(boolean marking, boolean title, boolean sources, boolean credits) {

    static FrameBands of(Set<Layer> layers, Briefing briefing, PageLayout layout) {
        return new FrameBands(briefing.marking().isPresent(),
                layers.contains(Layer.TITLE) && layout.box(PageElement.TITLE).isEmpty(),
                briefing.sourcesFooter() && layout.box(PageElement.SOURCES).isEmpty(),
                layers.contains(Layer.ATTRIBUTION) && layout.box(PageElement.CREDITS).isEmpty());
    }

    static FrameBands of(RenderRequest request) {
        return of(request.layers(), request.briefing(), request.layout());
    }

    double banner(BandSizes sizes) {
        return marking ? sizes.banner() : 0;
    }

    double top(BandSizes sizes) {
        return banner(sizes) + (title ? MapFrame.TITLE_BAND : 0);
    }

    double bottom(BandSizes sizes) {
        return banner(sizes) + (sources ? sizes.sourcesBand() : 0) + (credits ? MapFrame.CREDIT_BAND : 0);
    }
}
