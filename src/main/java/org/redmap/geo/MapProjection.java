package org.redmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Longitude/latitude (WGS 84) to a metric, conformal map projection and back, through proj4j.
 * Conformal, so shapes (and the north arrow) are right locally; metric, so JTS distances and
 * buffers are in metres.
 */
public final class MapProjection {

    /**
     * EPSG:6372 "Mexico ITRF2008 / LCC", INEGI's national Lambert conformal conic. The parameters are
     * EPSG's; they are spelled out so that no EPSG database has to ship with the app.
     */
    public static final String EPSG_6372 = "+proj=lcc +lat_0=12 +lon_0=-102 +lat_1=17.5 +lat_2=29.5 "
            + "+x_0=2500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

    private final String name;
    private final CoordinateReferenceSystem geographic;
    private final CoordinateReferenceSystem projected;
    private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();

    private MapProjection(String name, String proj4Parameters) {
        CRSFactory crs = new CRSFactory();
        this.name = name;
        this.geographic = crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
        this.projected = crs.createFromParameters(name, proj4Parameters);
    }

    /** The projection redmap uses for Mexico. */
    public static MapProjection mexico() {
        return new MapProjection("EPSG:6372", EPSG_6372);
    }

    public String name() {
        return name;
    }

    /** Projects one point; x and y in metres. */
    public Coordinate project(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        forward().transform(new ProjCoordinate(lon, lat), out);
        return new Coordinate(out.x, out.y);
    }

    /** Back to longitude (x) and latitude (y). */
    public Coordinate unproject(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        inverse().transform(new ProjCoordinate(x, y), out);
        return new Coordinate(out.x, out.y);
    }

    /** A projected copy of a longitude/latitude geometry; the input is left untouched. */
    public Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new TransformFilter(forward()));
        copy.geometryChanged();
        return copy;
    }

    /** A longitude/latitude copy of a projected geometry. */
    public Geometry unproject(Geometry projectedGeometry) {
        Geometry copy = projectedGeometry.copy();
        copy.apply(new TransformFilter(inverse()));
        copy.geometryChanged();
        return copy;
    }

    // proj4j transforms keep scratch state, so each call gets its own: they are cheap to make.
    private CoordinateTransform forward() {
        return transforms.createTransform(geographic, projected);
    }

    private CoordinateTransform inverse() {
        return transforms.createTransform(projected, geographic);
    }

    private static final class TransformFilter implements CoordinateSequenceFilter {
        private final CoordinateTransform transform;
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        TransformFilter(CoordinateTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, CoordinateSequence.X, out.x);
            seq.setOrdinate(i, CoordinateSequence.Y, out.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
