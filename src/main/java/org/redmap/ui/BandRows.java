package org.redmap.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.redmap.analysis.BandRegion;
import org.redmap.analysis.BorderBand;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.VendorPopulation;
import org.redmap.model.Vendor;

/** The border-band table as the window shows it: one row of display text per band, columns per vendor. */
public final class BandRows {

    /**
     * @param populationByVendor listed population per vendor, in the table's vendor order
     */
    public record Row(String band, String regions, String areaKm2, String places, List<String> populationByVendor,
                      String population) {
    }

    /** "0–50 km: Baja California (12,345 km²), Sonora (…)", one line per band: the regions each band touches. */
    public static String regions(BorderBandTable table) {
        StringBuilder out = new StringBuilder();
        for (BorderBand b : table.bands()) {
            if (out.length() > 0) out.append('\n');
            out.append(b.label()).append(": ");
            out.append(b.regions().isEmpty() ? "no land" : b.regions().stream()
                    .map(r -> r.name() + " (" + AnalysisFormat.km2(r.areaKm2()) + " km²)").collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    private BandRows() {
    }

    public static List<Row> of(BorderBandTable table) {
        return table.bands().stream().map(BandRows::row).toList();
    }

    /** The column headings of the vendor columns: "Nokia", "Huawei". */
    public static List<String> vendorHeadings(BorderBandTable table) {
        return table.vendors().stream().map(Vendor::name).toList();
    }

    private static Row row(BorderBand b) {
        String regions = b.regions().isEmpty() ? "none" : b.regions().stream().map(BandRegion::name).collect(Collectors.joining(", "));
        return new Row(b.label(), regions, AnalysisFormat.km2(b.areaKm2()), Integer.toString(b.places()),
                b.byVendor().stream().map(VendorPopulation::population).map(AnalysisFormat::people).toList(),
                AnalysisFormat.people(b.population()));
    }
}
