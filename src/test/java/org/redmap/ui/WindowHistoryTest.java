package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redmap.model.Vendor;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapLayers;
import org.redmap.project.Page;
import org.redmap.project.OverlayIds;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;

/** The window's history over a real map state: what the panes change is seen, named, and written back. */
class WindowHistoryTest {

    private final MapState state = new MapState();
    private WindowHistory history;

    @BeforeEach
    void showMexico() {
        state.resize(1000, 700);
        state.show(TestMaps.projected());
        history = new WindowHistory(state, null, Runnable::run);
    }

    @Test
    void anOverrideIsUndoneToTheRuleAndRedoneWithItsNote() {
        state.override("MX-SON", new Vendor("huawei", "Huawei"), "field visit");
        assertThat(history.undoLabelProperty().get()).isEqualTo("Set vendor of Sonora");
        history.edits().undo();
        assertThat(state.isOverridden("MX-SON")).isFalse();
        assertThat(state.region("MX-SON")).isEqualTo(state.ruleRegion("MX-SON"));
        assertThat(history.redoLabelProperty().get()).isEqualTo("Set vendor of Sonora");
        history.edits().redo();
        assertThat(state.isOverridden("MX-SON")).isTrue();
        assertThat(state.region("MX-SON").orElseThrow().assignment().orElseThrow().note()).isEqualTo("field visit");
        assertThat(state.map().regions().items().get(0).geometry()).as("the shapes are reused")
                .isSameAs(TestMaps.projected().regions().items().get(0).geometry());

        state.revert("MX-SON");
        assertThat(history.undoLabelProperty().get()).isEqualTo("Revert Sonora to rule");
        history.edits().undo();
        assertThat(state.isOverridden("MX-SON")).isTrue();
    }

    @Test
    void presetsOverlaysAndOrderAreUndoneOnTheState() {
        MapLayers start = state.mapLayers();
        state.applyPreset(MapLayers.Preset.BRIEFING);
        assertThat(history.undoLabelProperty().get()).isEqualTo("Preset Briefing");
        MapLayers briefing = state.mapLayers();
        state.setLayers(OverlayOrder.up(state.mapLayers(), OverlayIds.RISK));
        assertThat(history.undoLabelProperty().get()).isEqualTo("Move Risk score overlay up");
        state.setOverlay(state.mapLayers().overlay(OverlayIds.BANDS).orElseThrow().withVisible(false));
        assertThat(history.undoLabelProperty().get()).isEqualTo("Hide Border distance bands overlay");

        history.edits().undo();
        history.edits().undo();
        assertThat(state.mapLayers()).isEqualTo(briefing);
        history.edits().undo();
        assertThat(state.mapLayers()).isEqualTo(start);
        assertThat(history.undoLabelProperty().get()).isNull();
        assertThat(history.redoLabelProperty().get()).isEqualTo("Preset Briefing");
    }

    @Test
    void aPageLayoutEditIsUndoneOnTheState() {
        PageBox box = new PageBox(0.05, 0.6, 0.3, 0.35);
        assertThat(history.edits().editLayout("Move legend", l -> l.withBox(PageElement.LEGEND, box))).isTrue();
        assertThat(state.layout().box(PageElement.LEGEND)).contains(box);
        assertThat(history.undoLabelProperty().get()).isEqualTo("Move legend");
        history.edits().undo();
        assertThat(state.layout()).isEqualTo(PageLayout.AUTOMATIC);
        history.edits().redo();
        assertThat(state.layout().box(PageElement.LEGEND)).contains(box);
    }

    @Test
    void panningAndSelectingAreNoSteps() {
        state.panBy(40, 10);
        state.select(Selection.region("MX-SON"));
        state.zoomCentre(2);
        assertThat(history.edits().canUndo()).isFalse();
    }

    @Test
    void anotherMapStartsAFreshHistory() {
        state.override("MX-SON", new Vendor("huawei", "Huawei"), "seen");
        state.show(TestMaps.projected());
        assertThat(history.edits().canUndo()).isFalse();
        assertThat(history.undoLabelProperty().get()).isNull();
        assertThat(history.edits().current().overrides()).isEmpty();
    }

    @Test
    void theExportSettingsChangedFromThePageAreStepsToo() {
        javafx.beans.property.ObjectProperty<ExportOptions> export =
                new javafx.beans.property.SimpleObjectProperty<>(ExportOptions.DEFAULTS.withSourcesFooter(true).withAuthor("J. Analyst"));
        history.followExport(export, export::set);
        ExportOptions start = export.get();

        export.set(start.withPage(Page.preset("a4-portrait").orElseThrow()));
        assertThat(history.undoLabelProperty().get()).isEqualTo("Page A4 portrait");
        export.set(export.get().withSourcesFooter(false));
        assertThat(history.undoLabelProperty().get()).isEqualTo("Hide sources footer");
        export.set(export.get().withAuthor(null));
        assertThat(history.undoLabelProperty().get()).isEqualTo("Hide prepared by and date");

        history.edits().undo();
        assertThat(export.get().author()).contains("J. Analyst");
        history.edits().undo();
        assertThat(export.get().sourcesFooter()).isTrue();
        history.edits().undo();
        assertThat(export.get()).isEqualTo(start);
        history.edits().redo();
        assertThat(export.get().page().title()).isEqualTo("A4 portrait");
    }
}
