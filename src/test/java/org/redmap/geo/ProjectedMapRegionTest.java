package org.redmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLoader;
import org.redmap.model.MapDocument;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;

class ProjectedMapRegionTest {

    @Test
    void regionsAreFoundByIdAndAnUnknownIdIsEmpty() throws Exception {
        ProjectedMap map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        assertThat(map.region("MX-OAX")).hasValueSatisfying(item -> assertThat(item.value().name()).isEqualTo("Oaxaca"));
        assertThat(map.region("XX-NOWHERE")).isEmpty();

        // An annotation edit changes no shape: the projected, indexed regions are reused as they are.
        MapDocument annotated = map.document().withAnnotations(List.of(TextLabel.of("a1", new LonLat(-100, 20), "x")));
        ProjectedMap changed = map.with(annotated);
        assertThat(changed.regions()).isSameAs(map.regions());
        assertThat(changed.document().annotations()).hasSize(1);
    }
}
