package org.redmap.ui;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RiskFactor;
import org.redmap.model.MapDocument;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;
import org.redmap.project.ExportOptions;
import org.redmap.project.VendorOverride;
import java.util.function.Consumer;

/**
 * The window's {@link DocumentHistory}: reads the editable content from the map state and the
 * analysis settings, writes a step back through the same calls the panes make (so the panes,
 * which follow the state, show it), watches the state for edits, and ends a gesture when the
 * mouse button or a key is released. Showing another map or project starts the history afresh.
 * Use on the JavaFX thread.
 */
final class WindowHistory implements DocumentHistory.Window {

    private final MapState state;
    private final AnalysisRunner analysis;
    private final DocumentHistory edits;
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private long shownCount;
    /** The export settings, once {@link #followExport} names them; before that they are not an edit. */
    private javafx.beans.value.ObservableObjectValue<ExportOptions> export;
    private Consumer<ExportOptions> restoreExport = o -> { };

    /**
     * @param analysis the weights and bands; null where there is no analysis (then they are not edits)
     * @param ui       runs a task later on the UI thread: {@code Platform::runLater} in the app
     */
    WindowHistory(MapState state, AnalysisRunner analysis, Executor ui) {
        this.state = state;
        this.analysis = analysis;
        this.shownCount = state.shownCount();
        this.edits = new DocumentHistory(this);
        edits.onChange(() -> {
            undoLabel.set(edits.undoLabel().orElse(null));
            redoLabel.set(edits.redoLabel().orElse(null));
        });
        state.mapProperty().addListener((o, a, map) -> {
            if (state.shownCount() != shownCount) {
                // Another map: its overrides are measured against its own rules, from a history of its own.
                shownCount = state.shownCount();
                edits.restart();
            } else {
                edits.observed();
            }
        });
        state.layersProperty().addListener((o, a, b) -> edits.observed());
        state.layoutProperty().addListener((o, a, b) -> edits.observed());
        if (analysis != null) analysis.settingsProperty().addListener((o, a, b) -> edits.observed());
        // Imported polygons are data, not an edit: once their row is on the map, that is where undo stops.
        state.polygonsProperty().addListener((o, a, b) -> ui.execute(edits::restart));
    }

    /**
     * Makes the export settings (the page, the sources footer, the marking…) part of what undo takes
     * back: changed from the page view or by an export, they are a step; {@code restore} puts a
     * step's settings back.
     */
    void followExport(javafx.beans.value.ObservableObjectValue<ExportOptions> settings, Consumer<ExportOptions> restore) {
        this.export = settings;
        this.restoreExport = restore;
        settings.addListener((o, a, b) -> edits.observed());
        edits.restart();
    }

    /** The history, for code that makes edits of its own ({@link DocumentHistory#edit}). */
    DocumentHistory edits() {
        return edits;
    }

    /** What Undo would take back ("Opacity of Risk score"); null when there is nothing. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** A drag of a slider, or a key held down, is one step: it ends when the button or key comes up. */
    void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> edits.endGesture());
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> edits.endGesture());
    }

    // --- the window, as the history sees it ---------------------------------------------------

    @Override
    public EditableProject read() {
        if (state.map() == null) return null;
        MapDocument doc = state.map().document();
        AnalysisSettings settings = analysis == null ? AnalysisSettings.defaults() : analysis.settings();
        return new EditableProject(WindowProject.overrides(doc, state.rules()), state.mapLayers(), settings.weights(),
                settings.bandsKm(), doc.annotations(), state.layout(), export == null ? ExportOptions.DEFAULTS : export.get());
    }

    @Override
    public void show(EditableProject content) {
        if (state.map() == null) return;
        MapDocument doc = state.map().document();
        if (!WindowProject.overrides(doc, state.rules()).equals(content.overrides())) {
            state.showEdited(withOverrides(doc, content).withAnnotations(content.annotations()));
        } else {
            state.showAnnotations(content.annotations());
        }
        // An undone "Add" takes its annotation away: it cannot stay selected.
        if (state.selection() != null && state.selection().isAnnotation() && state.selectedAnnotation().isEmpty()) {
            state.clearSelection();
        }
        if (!state.mapLayers().equals(content.layers())) state.setLayers(content.layers());
        if (analysis != null && (!analysis.settings().weights().equals(content.weights())
                || !analysis.settings().bandsKm().equals(content.bandsKm()))) {
            analysis.restoreModel(content.weights(), content.bandsKm());
        }
        state.setLayout(content.layout());
        if (export != null && !export.get().equals(content.export())) restoreExport.accept(content.export());
    }

    /** The map as the rules tagged it, with exactly these overrides on it. */
    private MapDocument withOverrides(MapDocument doc, EditableProject content) {
        MapDocument rebuilt = state.rules() == null ? doc : doc.withRegions(doc.regionsSource(), state.rules().regions());
        for (VendorOverride o : content.overrides()) {
            rebuilt = rebuilt.withOverride(o.regionId(), vendor(doc, o.vendorId()), o.note());
        }
        return rebuilt;
    }

    private static Vendor vendor(MapDocument doc, String id) {
        if (id.equals(Vendor.UNASSIGNED.id())) return Vendor.UNASSIGNED;
        return doc.vendors().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no vendor '" + id + "' on this map"));
    }

    @Override
    public String region(String id) {
        return state.region(id).map(TaggedRegion::name).orElse(id);
    }

    @Override
    public String factor(String id) {
        MapAnalysis a = state.analysis();
        if (a == null) return id;
        return a.riskModel().factors().stream().filter(f -> f.id().equals(id)).map(RiskFactor::label).findFirst().orElse(id);
    }
}
