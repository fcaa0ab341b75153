package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.MapAnalysis;

class BandRowsTest {

    @Test
    void oneRowPerBandWithAColumnPerVendor() throws Exception {
        MapAnalysis analysis = TestMaps.analysis(TestMaps.projected());
        BorderBandTable table = analysis.bands();
        List<BandRows.Row> rows = BandRows.of(table);
        assertThat(rows).extracting(BandRows.Row::band).containsExactly("0–50 km", "50–100 km", "100–200 km");
        assertThat(BandRows.vendorHeadings(table)).containsExactly("Nokia", "Huawei");
        BandRows.Row first = rows.get(0);
        assertThat(first.regions()).contains("Baja California", "Sonora", "Tamaulipas").doesNotContain("Oaxaca");
        assertThat(first.populationByVendor()).hasSize(2);
        assertThat(first.population()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", table.bands().get(0).population()));
        assertThat(first.areaKm2()).matches("\\d{1,3}(,\\d{3})*");
        assertThat(BandRows.regions(table)).startsWith("0–50 km: Baja California (").contains("km²)").hasLineCount(3);
    }
}
