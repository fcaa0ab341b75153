package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.Classification;
import org.redmap.model.LabelKind;
import org.redmap.model.Layer;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.LonLat;
import org.redmap.project.LabelEdit;
import org.redmap.project.MapLayers;
import org.redmap.project.OverlayIds;
import org.redmap.project.OverlaySetting;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.VendorOverride;

/** Every kind of edit as a named step of one history, undone and redone, without a screen. */
class DocumentHistoryTest {

    /** A window that is only its content: a pane's edit changes {@link #shown}, then says so. */
    private static final class Window implements DocumentHistory.Window {
        EditableProject shown = new EditableProject(List.of(), MapLayers.preset(MapLayers.Preset.VENDOR), Map.of(),
                List.of(10.0, 50.0, 100.0), List.of(), PageLayout.AUTOMATIC, org.redmap.project.ExportOptions.DEFAULTS);
        final List<EditableProject> writes = new ArrayList<>();

        @Override
        public EditableProject read() {
            return shown;
        }

        @Override
        public void show(EditableProject content) {
            shown = content;
            writes.add(content);
        }

        @Override
        public String region(String id) {
            return Map.of("MX-SON", "Sonora", "MX-OAX", "Oaxaca").getOrDefault(id, id);
        }

        @Override
        public String factor(String id) {
            return id.equals("vendor") ? "Vendor exposure" : id;
        }
    }

    private final Window window = new Window();
    private final DocumentHistory history = new DocumentHistory(window);

    /** What a pane does: change the window, and the history sees it. */
    private void paneEdits(java.util.function.UnaryOperator<EditableProject> change) {
        window.shown = change.apply(window.shown);
        history.observed();
    }

    private void assertStep(String name, EditableProject before, EditableProject after) {
        assertThat(history.undoLabel()).contains(name);
        assertThat(window.shown).isEqualTo(after);
        assertThat(history.undo()).contains(name);
        assertThat(window.shown).as("undone").isEqualTo(before);
        assertThat(history.redoLabel()).contains(name);
        assertThat(history.redo()).contains(name);
        assertThat(window.shown).as("redone").isEqualTo(after);
    }

    private static MapLayers withOverlay(MapLayers l, String id, boolean visible, double opacity) {
        return l.withOverlay(new OverlaySetting(id, visible, opacity));
    }

    @Test
    void aVendorOverrideAndItsRevertAreStepsNamedForTheRegion() {
        EditableProject start = window.shown;
        paneEdits(c -> c.withOverrides(List.of(new VendorOverride("MX-SON", "huawei", "seen"))));
        EditableProject set = window.shown;
        assertStep("Set vendor of Sonora", start, set);
        paneEdits(c -> c.withOverrides(List.of()));
        assertStep("Revert Sonora to rule", set, start);
    }

    @Test
    void aPresetIsOneStepNamedForIt() {
        EditableProject start = window.shown;
        paneEdits(c -> c.withLayers(MapLayers.preset(MapLayers.Preset.COVERAGE)));
        assertStep("Preset Coverage", start, window.shown);
        assertThat(history.undoDepth()).isOne();
    }

    @Test
    void overlayVisibilityAndBaseLayersAreNamedShowOrHide() {
        EditableProject start = window.shown;
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.RISK, true, 0.85)));
        EditableProject shownRisk = window.shown;
        assertStep("Show Risk score overlay", start, shownRisk);
        paneEdits(c -> c.withLayers(c.layers().withBase(Layer.CITIES, false)));
        assertStep("Hide Cities", shownRisk, window.shown);
        paneEdits(c -> c.withLayers(c.layers().withClassification(Classification.Method.QUANTILE)));
        assertThat(history.undoLabel()).contains("Classes: Quantile");
    }

    @Test
    void dragginAnOpacitySliderIsOneStepUntilTheButtonComesUp() {
        EditableProject start = window.shown;
        for (int i = 1; i <= 50; i++) {
            double opacity = i / 100.0;
            paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.COVERAGE, false, opacity)));
        }
        history.endGesture();
        assertThat(history.undoDepth()).as("fifty moves, one step").isOne();
        EditableProject dragged = window.shown;
        assertStep("Opacity of Coverage by region", start, dragged);

        // The next drag of the same slider is a step of its own.
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.COVERAGE, false, 0.2)));
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.COVERAGE, false, 0.1)));
        history.endGesture();
        assertThat(history.undoDepth()).isEqualTo(2);
        history.undo();
        assertThat(window.shown).isEqualTo(dragged);
    }

    @Test
    void aDragThatEndsWhereItBeganLeavesNothingToUndo() {
        double start = window.shown.layers().overlay(OverlayIds.RISK).orElseThrow().opacity();
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.RISK, false, 0.3)));
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.RISK, false, start)));
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.RISK, false, 0.4)));
        history.endGesture();
        assertThat(history.undoDepth()).isOne();
        history.undo();
        assertThat(window.shown.layers().overlay(OverlayIds.RISK).orElseThrow().opacity()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void changesOfTwoSlidersInARowAreTwoSteps() {
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.RISK, false, 0.3)));
        paneEdits(c -> c.withLayers(withOverlay(c.layers(), OverlayIds.COVERAGE, false, 0.3)));
        assertThat(history.undoDepth()).isEqualTo(2);
        assertThat(history.undoLabel()).contains("Opacity of Coverage by region");
    }

    @Test
    void movingAnOverlayUpTheListIsNamedForIt() {
        EditableProject start = window.shown;
        String bottom = OverlayOrder.listed(start.layers()).get(OverlayOrder.listed(start.layers()).size() - 1);
        String name = OverlayOrder.label(bottom);
        paneEdits(c -> c.withLayers(OverlayOrder.up(c.layers(), bottom)));
        assertStep("Move " + name + " overlay up", start, window.shown);
        EditableProject up = window.shown;
        // Dropped on the top row.
        paneEdits(c -> c.withLayers(OverlayOrder.moveToRow(c.layers(), bottom, 0)));
        assertStep("Move " + name + " overlay up", up, window.shown);
        EditableProject top = window.shown;
        paneEdits(c -> c.withLayers(OverlayOrder.moveToRow(c.layers(), bottom, 3)));
        assertStep("Move " + name + " overlay down", top, window.shown);
    }

    @Test
    void aWeightSliderDragIsOneStepAndResetIsAnother() {
        EditableProject start = window.shown;
        for (double w = 0.40; w >= 0.0; w -= 0.05) {
            double weight = Math.round(w * 100) / 100.0;
            paneEdits(c -> c.withWeights(Map.of("vendor", weight)));
        }
        history.endGesture();
        EditableProject moved = window.shown;
        assertStep("Weight of Vendor exposure", start, moved);
        assertThat(history.undoDepth()).isOne();
        paneEdits(c -> c.withWeights(Map.of()));
        assertStep("Reset weights", moved, start);
    }

    @Test
    void bandDistancesAreOneStep() {
        EditableProject start = window.shown;
        paneEdits(c -> c.withBands(List.of(25.0, 75.0)));
        assertStep("Band distances", start, window.shown);
    }

    @Test
    void labelEditsAndPageElementMovesAreNamed() {
        EditableProject start = window.shown;
        assertThat(history.editLayout("Move legend", l -> l.withBox(PageElement.LEGEND, new PageBox(0.7, 0.1, 0.25, 0.3))))
                .isTrue();
        EditableProject moved = window.shown;
        assertThat(moved.layout().box(PageElement.LEGEND)).contains(new PageBox(0.7, 0.1, 0.25, 0.3));
        assertStep("Move legend", start, moved);

        // Seen, not told: a layout set straight on the window is named from what changed.
        paneEdits(c -> c.withLayout(c.layout().withLabel(LabelEdit.none(LabelKind.REGION, "MX-OAX").withText("Oaxaca de Juárez"))));
        EditableProject renamed = window.shown;
        assertStep("Rename label", moved, renamed);
        paneEdits(c -> c.withLayout(c.layout().withLabel(c.layout().label(LabelKind.REGION, "MX-OAX").orElseThrow()
                .withAt(new LonLat(-96, 17)))));
        assertStep("Move label", renamed, window.shown);
        paneEdits(c -> c.withLayout(c.layout().withInset(true)));
        assertThat(history.undoLabel()).contains("Show locator map");
    }

    @Test
    void aContinuousLayoutEditFoldsUntilTheGestureEnds() {
        EditableProject start = window.shown;
        for (int i = 0; i < 20; i++) {
            double x = 0.5 + i / 100.0;
            history.editLayoutContinuously("Move legend", l -> l.withBox(PageElement.LEGEND, new PageBox(x, 0.1, 0.2, 0.2)));
        }
        history.endGesture();
        assertThat(history.undoDepth()).isOne();
        assertStep("Move legend", start, window.shown);
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        assertThat(history.editLayout("Move legend", l -> l)).isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undoLabel()).isEmpty();
    }

    @Test
    void annotationStepsAndPaneStepsAreUndoneInTheOrderTheyWereMade() {
        Arrow arrow = Arrow.of("a1", new LonLat(-105, 25), new LonLat(-100, 20));
        history.edit("Add arrow", c -> c.withAnnotations(List.of(arrow)));
        paneEdits(c -> c.withOverrides(List.of(new VendorOverride("MX-SON", "huawei", "seen"))));
        assertThat(history.undo()).contains("Set vendor of Sonora");
        assertThat(window.shown.annotations()).containsExactly(arrow);
        assertThat(window.shown.overrides()).isEmpty();
        assertThat(history.undo()).contains("Add arrow");
        assertThat(window.shown.annotations()).isEmpty();
    }

    @Test
    void aPreviewIsShownButNotRecordedAndWhatTheWindowDoesMeanwhileIsNoStep() {
        Arrow arrow = Arrow.of("a1", new LonLat(-105, 25), new LonLat(-100, 20));
        Arrow moved = Arrow.of("a1", new LonLat(-104, 25), new LonLat(-99, 20));
        history.edit("Add arrow", c -> c.withAnnotations(List.of(arrow)));
        history.preview(history.current().withAnnotations(List.of(moved)));
        assertThat(window.shown.annotations()).containsExactly(moved);
        history.observed();
        assertThat(history.undoDepth()).isOne();
        history.edit("Move arrow", c -> c.withAnnotations(List.of(moved)));
        assertThat(history.undoLabel()).contains("Move arrow");
        assertThat(history.undoDepth()).isEqualTo(2);
    }

    @Test
    void aNewEditDropsWhatCouldBeRedoneAndUndoWritesTheWholeStepBack() {
        paneEdits(c -> c.withBands(List.of(25.0)));
        history.undo();
        assertThat(history.canRedo()).isTrue();
        paneEdits(c -> c.withWeights(new LinkedHashMap<>(Map.of("vendor", 0.1))));
        assertThat(history.canRedo()).isFalse();
        assertThat(window.writes).isNotEmpty();
        assertThat(window.writes.get(window.writes.size() - 1).bandsKm()).containsExactly(10.0, 50.0, 100.0);
    }

    @Test
    void restartForgetsEverything() {
        paneEdits(c -> c.withBands(List.of(25.0)));
        history.restart();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.current()).isEqualTo(window.shown);
        assertThat(history.undoLabel()).isEqualTo(Optional.empty());
    }
}
