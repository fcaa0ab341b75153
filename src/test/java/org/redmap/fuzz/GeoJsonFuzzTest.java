package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.io.FeatureCollection;
import org.redmap.io.GeoJsonException;
import org.redmap.io.GeoJsonReader;
import org.redmap.io.RegionLoader;

/**
 * GeoJSON as every layer reads it: parsed, then loaded as regions and as a coverage-polygon layer,
 * whose geometry checks and repairs (JTS) run on whatever the parser let through.
 */
class GeoJsonFuzzTest {

    private static final String SOURCE = "fuzz.geojson";

    @FuzzTest
    void readsGeoJson(byte[] input) {
        if (ReaderContract.tooLarge(input)) return;
        FeatureCollection collection;
        try {
            collection = new GeoJsonReader().read(new ByteArrayInputStream(input), SOURCE);
        } catch (GeoJsonException e) {
            ReaderContract.located(e, SOURCE, input);
            return;
        }
        try {
            new RegionLoader().load(collection);
        } catch (GeoJsonException e) {
            ReaderContract.located(e, SOURCE, input);
        }
        List<String> numeric = CoveragePolygonReader.numericProperties(collection);
        String property = CoveragePolygonReader.suggestedProperty(numeric).orElse("coverage");
        try {
            new CoveragePolygonReader().load(collection, property);
        } catch (GeoJsonException e) {
            ReaderContract.located(e, SOURCE, input);
        }
    }
}
