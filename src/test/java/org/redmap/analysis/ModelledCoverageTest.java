package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redmap.analysis.Fixtures.box;
import static org.redmap.analysis.Fixtures.place;
import static org.redmap.analysis.Fixtures.tagged;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.MapProjection;
import org.redmap.model.Place;

class ModelledCoverageTest {

    private final CoverageModeller modeller = new CoverageModeller();

    @Test
    void theBundledModelIsReadAndStatesItIsAnAssumption() throws Exception {
        CoverageModel model = new CoverageModelReader().bundled();
        assertThat(model.classes()).extracting(SiteClass::minPopulation).containsExactly(1_000_000L, 250_000L, 100_000L);
        assertThat(model.classes()).extracting(SiteClass::siteRadiusKm).containsExactly(30.0, 20.0, 12.0);
        assertThat(model.note()).contains("ASSUMED, NOT REPORTED").contains("tens of kilometres");
        assertThat(model.classFor(99_999)).isEmpty();
        assertThat(model.classFor(250_000)).get().extracting(SiteClass::id).isEqualTo("large-city");
        assertThat(model.describe()).last().asString().contains("100,000").contains("no site of their own");
        assertThat(model.label()).startsWith("Modelled:").contains("30/20/12 km");
    }

    @Test
    void aPlaceOnItsOwnFarInlandGivesADiscOfTheStatedRadius() {
        // Aguascalientes: more than 200 km from any coast or border, so clipping to land changes nothing.
        Place inland = place("ags", -102.29, 21.88, 1_200_000, "MX-AGU");
        AnalysisGeometry geo = AnalysisGeometry.of(DefaultData.document().regions(), List.of(inland), List.of(),
                List.of(), List.of(), MapProjection.mexico());
        ModelledCoverage coverage = modeller.compute(geo, Fixtures.model(30, 20, 12));

        double disc = Math.PI * 30_000 * 30_000;
        // planar area in the metric projection: a 64-gon inscribed in the circle, 0.16 % short of π r²
        assertThat(coverage.footprint().getArea()).isCloseTo(disc, Percentage.withPercentage(0.5));
        assertThat(coverage.footprint().getNumGeometries()).isEqualTo(1);
        // on the ellipsoid: the conformal projection's scale there is within 1 % of true
        assertThat(coverage.national().coveredAreaKm2()).isCloseTo(disc / 1e6, Percentage.withPercentage(1.5));
        assertThat(coverage.modelled()).isTrue();
        assertThat(coverage.national().sites()).isEqualTo(1);
        assertThat(coverage.places().get(0).covered()).isTrue();
        // the disc straddles Aguascalientes, Jalisco and Zacatecas: the regional areas add up to the disc
        double regional = coverage.regions().stream().mapToDouble(RegionCoverage::coveredAreaKm2).sum();
        assertThat(regional).isCloseTo(coverage.national().coveredAreaKm2(), Percentage.withPercentage(0.01));
    }

    @Test
    void aCoastalDiscIsClippedToLandButItsPlaceStillCounts() {
        // Cancún sits on the coast: much of its disc is sea.
        Place coastal = place("cun", -86.85, 21.17, 900_000, "MX-ROO");
        AnalysisGeometry geo = AnalysisGeometry.of(DefaultData.document().regions(), List.of(coastal), List.of(),
                List.of(), List.of(), MapProjection.mexico());
        ModelledCoverage coverage = modeller.compute(geo, Fixtures.model(30, 20, 12));
        assertThat(coverage.national().coveredAreaKm2()).isLessThan(0.8 * Math.PI * 20 * 20);
        assertThat(coverage.places().get(0).covered()).isTrue();
        assertThat(coverage.region("MX-ROO")).get().satisfies(r -> assertThat(r.populationShare()).hasValue(1.0));
    }

    @Test
    void sharesOfListedPopulationCheckedByHand() {
        // One 4°×4° region; a city of 300,000 (20 km site), a town 10 km from it (inside its disc) and a town 100 km away.
        AnalysisGeometry geo = AnalysisGeometry.of(
                List.of(tagged("A", box(-104, 20, -100, 24), Fixtures.NOKIA), tagged("B", box(-100, 20, -96, 24), null)),
                List.of(place("city", -102, 22, 300_000, "A"), place("near", -102, 22.09, 60_000, "A"),
                        place("far", -102, 22.9, 60_000, "A"), place("b-town", -98, 22, 50_000, null),
                        place("nowhere", -80, 10, 70_000, null)),
                List.of(), List.of(), List.of(Fixtures.NOKIA), MapProjection.mexico());
        ModelledCoverage coverage = modeller.compute(geo, Fixtures.model(30, 20, 12));

        RegionCoverage a = coverage.region("A").orElseThrow();
        assertThat(a.placesListed()).isEqualTo(3);
        assertThat(a.placesCovered()).isEqualTo(2);
        assertThat(a.listedPopulation()).isEqualTo(420_000);
        assertThat(a.coveredPopulation()).isEqualTo(360_000);
        assertThat(a.populationShare().getAsDouble()).isCloseTo(360.0 / 420, within(1e-12));
        assertThat(a.areaShare().getAsDouble()).isCloseTo(Math.PI * 400 / a.areaKm2(), within(0.0005));
        // B's only town is found by position (no region id) and has no site: 0 %, a value, not "no data"
        RegionCoverage b = coverage.region("B").orElseThrow();
        assertThat(b.placesListed()).isEqualTo(1);
        assertThat(b.populationShare()).hasValue(0.0);
        // a place outside every region is reported, not counted
        assertThat(geo.unplacedPlaces()).extracting(Place::id).containsExactly("nowhere");
        assertThat(coverage.national().listedPopulation()).isEqualTo(470_000);
        assertThat(coverage.national().populationShare().getAsDouble()).isCloseTo(360.0 / 470, within(1e-12));
        assertThat(coverage.populationShare().values()).containsOnlyKeys("A", "B");
        assertThat(coverage.populationShare().modelled()).isTrue();
    }

    @Test
    void theDefaultDataGivesANonTrivialModelledShareForEveryState() throws Exception {
        AnalysisGeometry geo = DefaultData.geometry();
        ModelledCoverage coverage = modeller.compute(geo, new CoverageModelReader().bundled());
        assertThat(coverage.regions()).hasSize(32);
        assertThat(coverage.populationShare().values()).hasSize(32);
        double share = coverage.national().populationShare().getAsDouble();
        assertThat(share).isBetween(0.5, 0.999); // places under 100,000 without a big neighbour stay uncovered
        assertThat(coverage.regions()).anySatisfy(r -> assertThat(r.populationShare().getAsDouble()).isLessThan(0.6));
        assertThat(coverage.national().placesListed()).isEqualTo(geo.places().size());
        Geometry footprint = coverage.footprint();
        assertThat(footprint.isValid()).isTrue();
        assertThat(geo.land().buffer(1).covers(footprint)).isTrue();
        assertThat(coverage.footprintLonLat().getEnvelopeInternal().getMinX()).isBetween(-118.0, -86.0);
        assertThat(coverage.populationShare().provenance()).contains("Modelled");
    }

    @Test
    void changingARadiusGivesANewModel() {
        CoverageModel model = Fixtures.model(30, 20, 12);
        CoverageModel wider = model.withRadius("city", 25);
        assertThat(wider.classes().get(2).siteRadiusKm()).isEqualTo(25);
        assertThat(model.classes().get(2).siteRadiusKm()).isEqualTo(12);
        assertThatThrownBy(() -> model.withRadius("village", 5)).hasMessageContaining("village");
    }

    @Test
    void aBrokenModelFileIsRefusedWithItsLocation() {
        String good = """
                {"format": "redmap-coverage-model", "version": 1, "name": "m", "basis": "assumption", "note": "n",
                 "band_mhz": 700, "classes": [{"id": "a", "min_population": 10, "site_radius_km": 5}]}""";
        CoverageModelReader reader = new CoverageModelReader();
        assertThatThrownBy(() -> reader.read(good.replace("\"version\": 1", "\"version\": 2").getBytes(StandardCharsets.UTF_8), "m.json"))
                .hasMessageContaining("newer redmap");
        assertThatThrownBy(() -> reader.read(good.replace("\"assumption\"", "\"reported\"").getBytes(StandardCharsets.UTF_8), "m.json"))
                .hasMessageContaining("/basis").hasMessageContaining("never reported data");
        assertThatThrownBy(() -> reader.read(good.replace("site_radius_km", "radius").getBytes(StandardCharsets.UTF_8), "m.json"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("m.json: /classes/0/radius (line 2")
                .hasMessageContaining("unknown key 'radius'");
        assertThatThrownBy(() -> reader.read(good.replace("\"site_radius_km\": 5", "\"site_radius_km\": -5").getBytes(StandardCharsets.UTF_8), "m.json"))
                .hasMessageContaining("/classes/0/site_radius_km");
        assertThatThrownBy(() -> reader.read(good.replace("}]}", "}, {\"id\": \"b\", \"min_population\": 10, \"site_radius_km\": 9}]}")
                .getBytes(StandardCharsets.UTF_8), "m.json")).hasMessageContaining("same min_population");
        // beyond an int: it used to wrap to a negative number and escape as an IllegalArgumentException
        assertThatThrownBy(() -> reader.read(good.replace("\"band_mhz\"", "\"buffer_quadrant_segments\": 2222222216, \"band_mhz\"")
                .getBytes(StandardCharsets.UTF_8), "m.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("m.json: /buffer_quadrant_segments (line 2").hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> reader.read(good.replace("\"band_mhz\"", "\"buffer_quadrant_segments\": 257, \"band_mhz\"")
                .getBytes(StandardCharsets.UTF_8), "m.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("/buffer_quadrant_segments").hasMessageContaining("from 2 to 256, found 257");
    }
}
