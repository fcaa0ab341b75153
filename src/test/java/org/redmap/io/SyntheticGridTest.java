package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.Region;

class SyntheticGridTest {

    @TempDir
    Path dir;

    @Test
    void writesExactlyTheCellsAskedForAsValidRegions() throws Exception {
        Path file = dir.resolve("grid.geojson");
        SyntheticGrid.write(file, 107);

        List<Region> cells = new RegionLoader().read(file);

        assertThat(cells).hasSize(107);
        assertThat(cells.get(0).id()).isEqualTo("cell-000000");
        assertThat(cells.get(0).name()).isEqualTo("Cell r0 c0");
        assertThat(cells.get(0).properties()).containsOnlyKeys("id", "name", "value");
        assertThat(cells).allSatisfy(c -> {
            assertThat(c.geometry().getNumPoints()).isEqualTo(5);
            assertThat(c.geometry().isValid()).isTrue();
            assertThat(c.geometry().getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(SyntheticGrid.WEST);
            assertThat(c.geometry().getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(SyntheticGrid.NORTH);
        });
        assertThat(cells).extracting(c -> c.properties().get("value")).doesNotContainNull().hasSizeGreaterThan(1);
    }

    @Test
    void isDeterministic() throws Exception {
        Path a = dir.resolve("a.geojson");
        Path b = dir.resolve("b.geojson");
        SyntheticGrid.write(a, 500, 3);
        SyntheticGrid.write(b, 500, 3);

        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        assertThat(new RegionLoader().read(a)).allSatisfy(c -> assertThat(c.geometry().getNumPoints()).isEqualTo(13));
    }
}
