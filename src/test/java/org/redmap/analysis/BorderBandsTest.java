package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.redmap.geo.MapProjection;
import org.redmap.model.Place;

class BorderBandsTest {

    private static BorderBandTable table;

    @BeforeAll
    static void compute() {
        table = new BorderBands().compute(DefaultData.geometry());
    }

    @Test
    void defaultBandsAreRingsAtFiftyOneHundredAndTwoHundredKm() {
        assertThat(table.distancesKm()).containsExactly(50.0, 100.0, 200.0);
        assertThat(table.bands()).extracting(BorderBand::label).containsExactly("0–50 km", "50–100 km", "100–200 km");
        assertThat(table.bands()).allSatisfy(b -> assertThat(b.geometry().isValid()).isTrue());
    }

    @Test
    void bandAreasAddUpToTheLandWithin200KmOfTheBorder() {
        AnalysisGeometry geo = DefaultData.geometry();
        Geometry within200 = OverlayNGRobust.overlay(
                BufferOp.bufferOp(geo.border(), 200_000, new BufferParameters(16)), geo.land(), OverlayNG.INTERSECTION);
        double sum = table.bands().stream().mapToDouble(BorderBand::areaKm2).sum();
        assertThat(sum).isCloseTo(geo.areaKm2(within200), Percentage.withPercentage(0.1));
        // rings do not overlap
        for (int i = 0; i < table.bands().size(); i++) {
            for (int j = i + 1; j < table.bands().size(); j++) {
                double overlap = table.bands().get(i).geometry().intersection(table.bands().get(j).geometry()).getArea();
                assertThat(overlap / 1e6).as("overlap of bands %d and %d, km²", i, j).isLessThan(1);
            }
        }
        // a band's regional areas add up to the band
        for (BorderBand b : table.bands()) {
            assertThat(b.regions().stream().mapToDouble(BandRegion::areaKm2).sum())
                    .isCloseTo(b.areaKm2(), Percentage.withPercentage(0.1));
        }
    }

    @Test
    void theFirstBandTouchesTheSixBorderStatesOnly() {
        assertThat(table.bands().get(0).regions()).extracting(BandRegion::regionId)
                .containsExactlyInAnyOrder("MX-BCN", "MX-SON", "MX-CHH", "MX-COA", "MX-NLE", "MX-TAM");
    }

    @Test
    void populationIsGroupedByTheVendorOfEachPlacesRegion() {
        AnalysisGeometry geo = DefaultData.geometry();
        assertThat(table.vendors()).extracting(v -> v.id()).containsExactly("nokia", "huawei");
        BorderBand first = table.bands().get(0);
        // every default border state is tagged Nokia (inferred), so the Huawei column is 0 in the first band
        assertThat(first.byVendor().get(1).population()).isZero();
        assertThat(first.population()).isGreaterThan(0);
        // hand check: the first band's listed population is the population of the places within 50 km
        Geometry border = geo.border();
        long expected = 0;
        for (int i = 0; i < geo.places().size(); i++) {
            if (geo.placePoint(i).distance(border) < 50_000) expected += geo.places().get(i).population();
        }
        assertThat(first.population()).isEqualTo(expected);
        assertThat(geo.places()).filteredOn(p -> p.name().equals("Tijuana")).singleElement()
                .extracting(Place::population).satisfies(p -> assertThat(first.population()).isGreaterThan(p));
    }

    @Test
    void distancesAreEditable() {
        AnalysisGeometry geo = DefaultData.geometry();
        BorderBandTable custom = new BorderBands().compute(geo, List.of(300.0, 25.0, 25.0));
        assertThat(custom.distancesKm()).containsExactly(25.0, 300.0);
        assertThat(custom.bands().get(1).fromKm()).isEqualTo(25.0);
        assertThatThrownBy(() -> new BorderBands().compute(geo, List.of(50.0, -1.0))).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new BorderBands().compute(geo, List.of())).hasMessageContaining("at least one");
        AnalysisGeometry noBorder = AnalysisGeometry.of(geo.regions().subList(0, 2), List.of(), List.of(), List.of(),
                List.of(), MapProjection.mexico());
        assertThatThrownBy(() -> new BorderBands().compute(noBorder)).hasMessageContaining("no border line");
    }

    @Test
    void theTableExportsToCsv(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bands.csv");
        new BorderBandCsv().write(file, table);
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFband,from_km,to_km,area_km2,regions,region_ids,places,population,"
                + "places_nokia,places_huawei,population_nokia,population_huawei");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("0–50 km,0,50,").contains("Baja California; ").contains("MX-BCN; ");
    }
}
