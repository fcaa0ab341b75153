package org.redmap.ui;

import java.util.Locale;
import org.redmap.io.CoverageCell;
import org.redmap.io.CoveragePolygons;
import org.redmap.model.NotablePlace;
import org.redmap.model.TaggedRegion;

/** The one-line description of what the pointer is on, for the hover label and the status bar. */
final class PointerText {

    private PointerText() {
    }

    /** "Sonora · Nokia (inferred)". */
    static String region(TaggedRegion region) {
        return region.name() + " · " + region.assignment()
                .map(a -> a.vendor().name() + " (" + a.basis().key() + ")")
                .orElse("Unassigned");
    }

    /** "Tampico · Huawei (reported) · vendor exception". */
    static String site(NotablePlace site) {
        return site.name() + " · " + site.assignment().vendor().name() + " (" + site.assignment().basis().key()
                + ") · " + site.kind().label().toLowerCase(Locale.ROOT);
    }

    /** "coverage_pct 73.5 % · cell-000042 · imported, cells.geojson": the value first, then where it comes from. */
    static String cell(CoverageCell cell, CoveragePolygons data) {
        return data.property() + " " + org.redmap.render.CellValues.value(cell.value(), data) + " · " + cell.id()
                + " · imported, " + data.source();
    }
}
