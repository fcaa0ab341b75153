package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.Vendor;

class AnalysisGeometryTest {

    @Test
    void theDefaultDataIsPreparedOnce() {
        AnalysisGeometry geo = DefaultData.geometry();
        assertThat(geo.regions()).hasSize(32);
        assertThat(geo.unplacedPlaces()).isEmpty();
        // Mexico City's boroughs are left out by the loader, so the capital's population is not counted twice
        assertThat(geo.places()).noneMatch(p -> p.name().equals("Iztapalapa"));
        assertThat(geo.border().getNumGeometries()).isEqualTo(1);
        assertThat(geo.land().isValid()).isTrue();
        // the land is the union of the states: its area is the sum of theirs, to within slivers of generalization
        double sum = 0;
        for (int i = 0; i < geo.regions().size(); i++) sum += geo.regionAreaKm2(i);
        assertThat(geo.landAreaKm2()).isCloseTo(sum, Percentage.withPercentage(0.1));
        assertThat(geo.vendors()).extracting(Vendor::id).containsExactly("nokia", "huawei");
        int monterrey = geo.places().stream().filter(p -> p.name().equals("Monterrey")).findFirst()
                .map(geo.places()::indexOf).orElseThrow();
        assertThat(geo.regions().get(geo.regionOfPlace(monterrey)).id()).isEqualTo("MX-NLE");
    }

    @Test
    void reusesTheRenderersProjection() {
        ProjectedMap map = ProjectedMap.of(DefaultData.document(), MapProjection.mexico());
        AnalysisGeometry reused = AnalysisGeometry.of(map);
        AnalysisGeometry fresh = DefaultData.geometry();
        assertThat(reused.landAreaKm2()).isCloseTo(fresh.landAreaKm2(), Percentage.withPercentage(1e-6));
        assertThat(reused.border().getLength()).isCloseTo(fresh.border().getLength(), Percentage.withPercentage(1e-9));
        assertThat(reused.placePoint(0).distance(fresh.placePoint(0))).isLessThan(1e-6);
    }

    @Test
    void unassignedRegionsAddTheUnassignedVendorLast() {
        AnalysisGeometry geo = AnalysisGeometry.of(
                List.of(Fixtures.tagged("A", Fixtures.box(-100, 20, -99, 21), null),
                        Fixtures.tagged("B", Fixtures.box(-99, 20, -98, 21), Fixtures.HUAWEI)),
                List.of(), List.of(), List.of(), List.of(Fixtures.NOKIA), MapProjection.mexico());
        assertThat(geo.vendors()).containsExactly(Fixtures.NOKIA, Fixtures.HUAWEI, Vendor.UNASSIGNED);
    }
}
