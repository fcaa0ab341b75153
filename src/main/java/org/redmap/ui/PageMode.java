package org.redmap.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.project.DatePolicy;
import org.redmap.project.Page;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.render.Composer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * The map panel's two modes: <em>Map</em>, free navigation filling the panel, and <em>Page</em>,
 * the project's export page at its true aspect, drawn by {@link Composer#export} exactly as
 * File → Export and {@code redmap export --project} draw it. The toolbar's switch, page chooser and
 * locator-map box, and the View menu's items, are made here.
 */
final class PageMode {

    private final MapState state;
    private final ProjectTracker tracker;
    private final Clock clock;
    private final Composer composer = new Composer();
    private final PageView page;
    private final StackPane centre;
    private final BooleanProperty pageShown = new SimpleBooleanProperty(this, "pageShown");
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton mapButton = new ToggleButton("Map");
    private final ToggleButton pageButton = new ToggleButton("Page");
    private final ComboBox<Page> pages = new ComboBox<>(FXCollections.observableArrayList(Page.PRESETS));
    private final CheckBox inset = new CheckBox("Locator map");
    private final MapRenderer renderer;
    private final List<PageView> previews = new ArrayList<>();
    private UnaryEditor editor;
    private PageView.MarkEditor marks;

    /** Makes one named change of the page layout; undoable where the window keeps a history. */
    @FunctionalInterface
    interface UnaryEditor {
        void edit(String name, UnaryOperator<PageLayout> change);
    }

    /**
     * @param mapView the free map, shown in Map mode
     * @param message shows a line in the status bar
     */
    PageMode(MapState state, ProjectTracker tracker, Node mapView, MapRenderer renderer, Clock clock,
             Consumer<String> message) {
        this.state = state;
        this.tracker = tracker;
        this.clock = clock;
        this.renderer = renderer;
        this.editor = (name, change) -> {
            state.setLayout(change.apply(state.layout()));
            message.accept(name);
        };
        this.marks = (name, change) -> {
            state.showAnnotations(change.apply(state.map().document().annotations()));
            message.accept(name);
        };
        page = view(this::exportRequest, this::hide);
        page.setVisible(false);
        centre = new StackPane(mapView, page);
        centre.setId("mapPanel");
        centre.setMinSize(0, 0);
        mapView.visibleProperty().bind(pageShown.not());
        page.visibleProperty().bind(pageShown);

        mapButton.setId("modeMap");
        pageButton.setId("modePage");
        mapButton.setToggleGroup(modes);
        pageButton.setToggleGroup(modes);
        mapButton.setSelected(true);
        mapButton.setTooltip(new Tooltip("Explore the map freely  (Ctrl+1)"));
        pageButton.setTooltip(new Tooltip("The export page as it will be written: move the legend, labels and locator  (Ctrl+2)"));
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            // A toggle group lets the selected button be pressed off: one mode is always on.
            if (now == null) was.setSelected(true);
            else pageShown.set(now == pageButton);
        });
        pageShown.addListener((o, a, shown) -> {
            (shown ? pageButton : mapButton).setSelected(true);
            pages.setDisable(!shown);
            inset.setDisable(!shown);
            if (shown) page.requestFocus();
        });

        pages.setId("pageChooser");
        pages.setDisable(true);
        pages.setTooltip(new Tooltip("The page the briefing is laid out on"));
        pages.setCellFactory(l -> new PageCell());
        pages.setButtonCell(new PageCell());
        pages.setOnAction(e -> {
            Page p = pages.getValue();
            if (p != null) tracker.setPage(p);
        });
        inset.setId("pageInset");
        inset.setDisable(true);
        inset.setTooltip(new Tooltip("Mexico within North America, with the map's extent outlined"));
        inset.setOnAction(e -> {
            boolean on = inset.isSelected();
            editor.edit(on ? "Add locator map" : "Remove locator map", l -> l.withInset(on));
        });

        state.mapProperty().addListener(o -> refreshViews());
        state.layersProperty().addListener(o -> refreshViews());
        state.analysisProperty().addListener(o -> refreshViews());
        state.polygonsProperty().addListener(o -> refreshViews());
        state.viewportProperty().addListener(o -> refreshViews());
        state.layoutProperty().addListener((o, a, l) -> {
            inset.setSelected(l.inset());
            refreshViews();
        });
        tracker.lastExportProperty().addListener((o, a, options) -> {
            showPage(options.page());
            refreshViews();
        });
        showPage(tracker.lastExport().page());
    }

    /**
     * A page view of another page: the export dialog's, drawn with its settings. Its edits go where
     * the window's page view sends them, and it is redrawn whenever the window's would be, until closed.
     *
     * @param exportHider takes off the page what the dialog's own settings put there (the sources
     *                    footer, the prepared-by block)
     */
    PageView previewView(Supplier<Optional<RenderRequest>> request, Consumer<PageElement> exportHider) {
        PageView v = view(request, e -> {
            if (e == PageElement.SOURCES || e == PageElement.PREPARED) exportHider.accept(e);
            else hide(e);
        });
        previews.add(v);
        return v;
    }

    /** Stops redrawing a view made by {@link #previewView} and ends its drawing thread. */
    void closePreview(PageView v) {
        previews.remove(v);
        v.close();
    }

    private PageView view(Supplier<Optional<RenderRequest>> request, Consumer<PageElement> hider) {
        return new PageView(request, state::layout, (name, change) -> editor.edit(name, change), hider,
                (name, change) -> marks.edit(name, change), new PageView.Navigator() {
                    @Override
                    public void pan(double dxMetres, double dyMetres) {
                        Viewport v = state.viewport();
                        if (v != null) state.panBy(dxMetres / v.metresPerPixel(), dyMetres / v.metresPerPixel());
                    }

                    @Override
                    public void zoomAt(Coordinate world, double factor) {
                        Viewport v = state.viewport();
                        if (v != null) state.zoomAround(v.toScreenX(world.x), v.toScreenY(world.y), factor);
                    }
                }, renderer);
    }

    private void refreshViews() {
        page.refresh();
        for (PageView v : List.copyOf(previews)) v.refresh();
    }

    /** Takes an element off the page the way the rest of the window would: a layer, the locator, the footer. */
    private void hide(PageElement element) {
        switch (element) {
            case INSET -> editor.edit("Remove locator map", l -> l.withInset(false));
            case SOURCES -> tracker.editExport(o -> o.withSourcesFooter(false));
            case LEGEND -> state.setLayer(Layer.LEGEND, false);
            case NORTH_ARROW -> state.setLayer(Layer.NORTH_ARROW, false);
            case SCALE_BAR -> state.setLayer(Layer.SCALE_BAR, false);
            case TITLE -> state.setLayer(Layer.TITLE, false);
            case CREDITS -> state.setLayer(Layer.ATTRIBUTION, false);
            case PREPARED -> tracker.editExport(o -> o.withAuthor(null).withDate(DatePolicy.NONE));
            case MARKING -> { }
        }
    }

    /** Routes annotation moves on the page through the window's undo history. */
    void setMarkEditor(PageView.MarkEditor e) {
        marks = e;
    }

    /** Routes layout edits through the window's undo history. */
    void setEditor(UnaryEditor e) {
        editor = e;
    }

    private void showPage(Page p) {
        if (!pages.getItems().contains(p)) pages.getItems().setAll(Page.PRESETS);
        if (!Page.PRESETS.contains(p)) pages.getItems().add(p);
        pages.setValue(p);
    }

    /** The page as the project's export draws it now, in its logical pixels. */
    private Optional<RenderRequest> exportRequest() {
        if (state.map() == null) return Optional.empty();
        Project p = tracker.snapshot();
        if (p == null) return Optional.empty();
        return Optional.of(composer.export(state.map(), p, state.overlays(), p.export(), tracker.hashFor(p), clock).request());
    }

    /** What the window puts in the map's place. */
    Node centre() {
        return centre;
    }

    PageView pageView() {
        return page;
    }

    BooleanProperty pageShownProperty() {
        return pageShown;
    }

    /** The toolbar's part: the Map / Page switch, the page and the locator map. */
    Node toolbarItems() {
        HBox switcher = new HBox(mapButton, pageButton);
        switcher.getStyleClass().add("segmented");
        HBox box = new HBox(8, switcher, pages, inset);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** View → Map and View → Page. */
    MenuItem[] viewMenuItems() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem map = new RadioMenuItem("Map");
        map.setId("menuModeMap");
        map.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        RadioMenuItem pageItem = new RadioMenuItem("Page");
        pageItem.setId("menuModePage");
        pageItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        map.setToggleGroup(group);
        pageItem.setToggleGroup(group);
        map.setSelected(true);
        map.setOnAction(e -> pageShown.set(false));
        pageItem.setOnAction(e -> pageShown.set(true));
        pageShown.addListener((o, a, shown) -> (shown ? pageItem : map).setSelected(true));
        return new MenuItem[] {map, pageItem};
    }

    void close() {
        page.close();
        for (PageView v : List.copyOf(previews)) closePreview(v);
    }

    private static final class PageCell extends ListCell<Page> {
        @Override
        protected void updateItem(Page p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.title().equals("Custom") ? p.describe() : p.title());
        }
    }
}
