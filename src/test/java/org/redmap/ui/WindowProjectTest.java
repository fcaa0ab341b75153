package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.BorderBands;
import org.redmap.geo.Viewport;
import org.redmap.model.MapDocument;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;
import org.redmap.project.DataFiles;
import org.redmap.project.ExportOptions;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.project.VendorOverride;
import org.redmap.project.MapLayers;

/** The window's state as a project: what Save writes and what "modified" compares. */
class WindowProjectTest {

    private final MapDocument rules = TestMaps.loader().defaultDocument();
    private final Vendor huawei = rules.vendors().stream().filter(v -> v.name().equals("Huawei")).findFirst().orElseThrow();
    private final Map<String, Double> modelWeights = Map.of("border", 0.3, "core", 0.2);

    @Test
    void anOverrideIsARegionTheRulesTaggedOtherwise() {
        MapDocument shown = rules.withOverride("MX-SON", huawei, "field visit");
        assertThat(WindowProject.overrides(shown, rules))
                .containsExactly(new VendorOverride("MX-SON", huawei.id(), "field visit"));
        assertThat(WindowProject.overrides(rules, rules)).isEmpty();
    }

    @Test
    void everythingShownGoesIntoTheProject() {
        MapDocument shown = rules.withOverride("MX-OAX", Vendor.UNASSIGNED, "")
                .withAnnotations(List.of(TextLabel.of("a1", new LonLat(-102, 24), "Huawei south")))
                .withTitle("Who built the south");
        MapLayers layers = MapLayers.preset(MapLayers.Preset.RISK);
        Viewport view = new Viewport(100, 200, 1500, 1200, 800);
        DataFiles data = new DataFiles(Optional.of(Path.of("/data/regions.geojson")), Optional.empty());
        AnalysisSettings analysis = AnalysisSettings.defaults().withWeight("border", 0.7).withBands(List.of(25.0, 75.0));
        ExportOptions export = ExportOptions.DEFAULTS.withAuthor("J. Analyst");

        PageLayout layout = PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, new PageBox(0.05, 0.6, 0.3, 0.35));

        Project p = WindowProject.of(shown, rules, data, layers, Optional.of(view), analysis, modelWeights, export, layout);

        assertThat(p.title()).isEqualTo("Who built the south");
        assertThat(p.data()).isEqualTo(data);
        assertThat(p.layers()).isEqualTo(layers);
        assertThat(p.view()).contains(view);
        assertThat(p.overrides()).containsExactly(new VendorOverride("MX-OAX", "unassigned", ""));
        assertThat(p.model().riskWeights()).containsExactly(Map.entry("border", 0.7));
        assertThat(p.model().bandDistancesKm()).containsExactly(25.0, 75.0);
        assertThat(p.annotations()).extracting(a -> a.id()).containsExactly("a1");
        assertThat(p.export()).isEqualTo(export);
        assertThat(p.layout()).isEqualTo(layout);
        // And back: the analysis settings a project asks for.
        assertThat(WindowProject.settings(p, Optional.empty()).bandsKm()).containsExactly(25.0, 75.0);
    }

    @Test
    void weightsPutBackToTheModelsOwnAreNotAChange() {
        AnalysisSettings reset = AnalysisSettings.defaults().withWeights(modelWeights);
        assertThat(WindowProject.model(reset, modelWeights).riskWeights()).isEmpty();
        assertThat(WindowProject.model(reset, modelWeights).bandDistancesKm()).isEqualTo(BorderBands.DEFAULT_DISTANCES_KM);
    }

    @Test
    void aViewNotMovedIsTheViewTheProjectCameWith() {
        Viewport shown = new Viewport(10, 20, 1000, 1200, 800);
        WindowProject.ViewAnchor fit = new WindowProject.ViewAnchor(Optional.empty(), shown);
        assertThat(WindowProject.view(shown, fit)).as("still zoomed to fit").isEmpty();
        assertThat(WindowProject.view(shown.withSize(900, 700), fit)).as("a resized window has not moved").isEmpty();
        Viewport panned = shown.panBy(40, 0);
        assertThat(WindowProject.view(panned, fit)).contains(panned);
        Viewport saved = new Viewport(10, 20, 1000, 1600, 900);
        assertThat(WindowProject.view(shown, new WindowProject.ViewAnchor(Optional.of(saved), shown))).contains(saved);
        assertThat(WindowProject.view(shown, null)).contains(shown);
    }

    @Test
    void theSameMapListedOtherwiseIsTheSameProject() {
        Project a = Project.initial("t")
                .withOverrides(List.of(new VendorOverride("MX-SON", "huawei", ""), new VendorOverride("MX-OAX", "nokia", "")));
        Project b = Project.initial("t")
                .withOverrides(List.of(new VendorOverride("MX-OAX", "nokia", ""), new VendorOverride("MX-SON", "huawei", "")));
        assertThat(WindowProject.same(a, b, modelWeights)).isTrue();
        Project explicitDefault = a.withModel(a.model().withWeight("border", 0.3));
        assertThat(WindowProject.same(a, explicitDefault, modelWeights)).isTrue();
        assertThat(WindowProject.same(a, a.withModel(a.model().withWeight("border", 0.4)), modelWeights)).isFalse();
        assertThat(WindowProject.same(a, a.withAnnotations(List.of(TextLabel.of("x", new LonLat(-100, 20), "x"))), modelWeights))
                .isFalse();
        assertThat(WindowProject.same(a, null, modelWeights)).as("nothing saved matches").isFalse();
    }
}
