package org.redmap.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.redmap.io.CsvWriter;
import org.redmap.model.Vendor;

/**
 * The border-band table as CSV rows: one row per band; columns band, from_km, to_km, area_km2,
 * regions (names joined by "; "), region_ids, places, population, then places_&lt;vendor&gt; and
 * population_&lt;vendor&gt; for each vendor in legend order.
 */
public final class BorderBandCsv {

    public List<List<Object>> rows(BorderBandTable table) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("band", "from_km", "to_km", "area_km2", "regions", "region_ids",
                "places", "population"));
        for (Vendor v : table.vendors()) header.add("places_" + v.id());
        for (Vendor v : table.vendors()) header.add("population_" + v.id());
        rows.add(header);
        for (BorderBand b : table.bands()) {
            List<Object> row = new ArrayList<>();
            row.add(b.label());
            row.add(b.fromKm());
            row.add(b.toKm());
            row.add(Math.round(b.areaKm2() * 10) / 10.0);
            row.add(b.regions().stream().map(BandRegion::name).collect(Collectors.joining("; ")));
            row.add(b.regions().stream().map(BandRegion::regionId).collect(Collectors.joining("; ")));
            row.add(b.places());
            row.add(b.population());
            for (VendorPopulation v : b.byVendor()) row.add(v.places());
            for (VendorPopulation v : b.byVendor()) row.add(v.population());
            rows.add(row);
        }
        return rows;
    }

    /** Writes the table atomically, UTF-8 with a byte-order mark so spreadsheets read the accents. */
    public void write(Path target, BorderBandTable table) throws IOException {
        CsvWriter.write(target, rows(table), true);
    }
}
