package org.redmap.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.Confidence;
import org.redmap.model.Place;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

/** Small hand-made regions and places whose results can be checked by hand. */
final class Fixtures {

    static final GeometryFactory WGS84 = new GeometryFactory();
    static final Vendor NOKIA = new Vendor("nokia", "Nokia");
    static final Vendor HUAWEI = new Vendor("huawei", "Huawei");

    private Fixtures() {
    }

    /** An axis-aligned box in degrees. */
    static Polygon box(double west, double south, double east, double north) {
        return WGS84.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    static TaggedRegion tagged(String id, Polygon shape, Vendor vendor) {
        Region region = new Region(id, id, Map.of(), shape);
        return vendor == null ? TaggedRegion.unassigned(region)
                : new TaggedRegion(region, Optional.of(new Assignment(vendor, Basis.ANALYST, Confidence.HIGH, List.of(),
                "test")), "id " + id);
    }

    static Place place(String id, double lon, double lat, long population, String regionId) {
        return new Place(id, id, lon, lat, population, regionId, false);
    }

    static CoverageModel model(double metropolisKm, double largeKm, double cityKm) {
        return new CoverageModel(1, "test model", "", 700, List.of(
                new SiteClass("metropolis", "Metropolis", 1_000_000, metropolisKm),
                new SiteClass("large-city", "Large city", 250_000, largeKm),
                new SiteClass("city", "City", 100_000, cityKm)), 16);
    }
}
