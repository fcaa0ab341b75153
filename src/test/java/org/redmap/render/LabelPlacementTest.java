package org.redmap.render;

import org.redmap.model.LabelKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.GeodesicArea;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.LabelNamesReader;
import org.redmap.model.LabelNames;
import org.redmap.model.Layer;
import org.redmap.model.TaggedRegion;
import org.redmap.project.MapLoader;

/** The labels of the bundled map at national zoom, as the renderer reports having drawn them. */
class LabelPlacementTest {

    static ProjectedMap map;
    static List<PlacedLabel> slide;
    static List<PlacedLabel> fullHd;

    @BeforeAll
    static void placeOnce() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        slide = labels(1280, 720, new MapRenderer());
        fullHd = labels(1920, 1080, new MapRenderer());
    }

    static List<PlacedLabel> labels(int width, int height, MapRenderer renderer) {
        Viewport viewport = Viewport.fit(map.homeExtent(), width, height, MapRenderer.fitInsets(Layer.all()));
        return renderer.labels(RenderRequest.of(map, viewport, 1, Layer.all()));
    }

    static Map<String, String> regionTexts(List<PlacedLabel> labels) {
        return labels.stream().filter(l -> l.kind() == LabelKind.REGION)
                .collect(Collectors.toMap(PlacedLabel::featureId, PlacedLabel::text));
    }

    @Test
    void theLargestStatesAreLabelledOnANationalSlide() {
        assertThat(regionTexts(slide)).containsKeys("MX-CHH", "MX-SON", "MX-COA", "MX-DUR", "MX-OAX", "MX-MIC",
                "MX-GUA");
        assertThat(regionTexts(slide).get("MX-CHH")).isEqualTo("Chihuahua");
        assertThat(regionTexts(slide).get("MX-OAX")).isEqualTo("Oaxaca");
    }

    @Test
    void everyStateOfOver10000SquareKilometresIsLabelledAtBothSizes() {
        for (List<PlacedLabel> labels : List.of(slide, fullHd)) {
            Set<String> labelled = regionTexts(labels).keySet();
            // Small states may go unlabelled where nothing fits; a large one never may.
            List<String> dropped = map.document().regions().stream()
                    .filter(r -> !labelled.contains(r.id()) && area(r) > 10_000)
                    .map(TaggedRegion::id).toList();
            assertThat(dropped).isEmpty();
        }
        assertThat(regionTexts(fullHd)).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void statesArePlacedLargestFirst() {
        List<Double> areas = slide.stream().filter(l -> l.kind() == LabelKind.REGION)
                .map(l -> area(map.document().region(l.featureId()))).toList();
        assertThat(areas).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(slide.stream().filter(l -> l.kind() == LabelKind.REGION).map(PlacedLabel::featureId).limit(5))
                .containsExactly("MX-CHH", "MX-SON", "MX-COA", "MX-DUR", "MX-OAX");
    }

    @Test
    void aStateIsLabelledByItsNameOrItsInegiAbbreviationNeverItsIsoCode() throws Exception {
        Map<String, String> abbreviations = new LabelNamesReader().bundled().regionAbbreviations();
        Map<String, String> texts = regionTexts(slide);

        texts.forEach((id, text) -> assertThat(text.replace("\n", " "))
                .isIn(map.document().region(id).name(), abbreviations.get(id)));
        assertThat(texts.get("MX-GUA")).isEqualTo("Gto.");
        assertThat(texts.values()).doesNotContain("TLA", "CHH", "OAX", "MIC", "GUA");
    }

    @Test
    void abbreviationsComeFromTheDataFile() {
        // A state whose name never fits, given a made-up abbreviation, shows that abbreviation.
        Map<String, String> names = Map.of("MX-TLA", "Tx", "MX-GUA", "Gx");
        List<PlacedLabel> labels = labels(1280, 720, new MapRenderer(new LabelNames(names, Map.of())));

        assertThat(regionTexts(labels).get("MX-GUA")).isEqualTo("Gx");
        assertThat(regionTexts(labels).values()).doesNotContain("Gto.", "Tlax.");
    }

    @Test
    void withoutAbbreviationsAStateThatDoesNotFitIsLeftUnlabelledRatherThanCoded() {
        List<PlacedLabel> labels = labels(1280, 720, new MapRenderer(LabelNames.NONE));
        Map<String, String> texts = regionTexts(labels);

        assertThat(texts).doesNotContainKey("MX-TLA");
        map.document().regions().forEach(r -> {
            if (texts.containsKey(r.id())) assertThat(texts.get(r.id()).replace("\n", " ")).isEqualTo(r.name());
        });
    }

    @Test
    void citiesAreLabelledByTheirCommonName() {
        List<String> cities = fullHd.stream().filter(l -> l.kind() == LabelKind.CITY).map(PlacedLabel::text).toList();

        assertThat(cities).contains("León").doesNotContain("León de los Aldama");
    }

    @Test
    void labelsDoNotOverlapEachOther() {
        for (List<PlacedLabel> labels : List.of(slide, fullHd)) {
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                            .as(labels.get(i).text() + " and " + labels.get(j).text()).isFalse();
                }
            }
        }
    }

    @Test
    void aStateLabelLiesInsideItsState() {
        Viewport viewport = Viewport.fit(map.homeExtent(), 1280, 720, MapRenderer.fitInsets(Layer.all()));
        for (PlacedLabel label : slide) {
            if (label.kind() != LabelKind.REGION) continue;
            Rectangle2D box = label.box();
            var outline = map.regions().simplified(map.region(label.featureId()).orElseThrow(), viewport.metresPerPixel());
            var a = viewport.toWorld(box.getMinX(), box.getMinY());
            var b = viewport.toWorld(box.getMaxX(), box.getMaxY());
            var rectangle = outline.getFactory().toGeometry(new org.locationtech.jts.geom.Envelope(a, b));
            assertThat(outline.contains(rectangle)).as(label.text()).isTrue();
        }
    }

    @Test
    void aLongNameWrapsAtTheSpaceThatBalancesItsLines() {
        assertThat(RegionLabels.twoLines("Baja California Sur")).contains(List.of("Baja", "California Sur"));
        assertThat(RegionLabels.twoLines("San Luis Potosí")).contains(List.of("San Luis", "Potosí"));
        assertThat(RegionLabels.twoLines("Oaxaca")).isEqualTo(Optional.empty());
        List<RegionLabels.Variant> variants = RegionLabels.variants("Ciudad de México", Optional.of("CDMX"));
        assertThat(variants.get(0).lines()).containsExactly("Ciudad de México");
        assertThat(variants.get(1).lines()).hasSize(2);
        assertThat(String.join(" ", variants.get(1).lines())).isEqualTo("Ciudad de México");
        assertThat(variants.get(variants.size() - 1).lines()).containsExactly("CDMX");
        // Smaller sizes of the name come before the abbreviation at any size.
        assertThat(variants.get(variants.size() - 4).font().getSize2D())
                .isLessThan(variants.get(0).font().getSize2D());
    }

    static double area(TaggedRegion region) {
        return GeodesicArea.km2(region.region().geometry());
    }
}
