package org.redmap.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.analysis.CoverageTimelineReader;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapSource;
import org.redmap.render.MapRenderer;

/**
 * The main window: lays out the map, the panels, the menus and the toolbar, and wires them to one
 * {@link MapState}. Owns the background threads and closes them with the window.
 */
final class MainWindow implements AutoCloseable {

    static final String APP_NAME = "redmap";

    private final Stage stage;
    private final FileDialogs dialogs;
    private final MapState state = new MapState();
    private final MapView mapView = new MapView();
    private final MapRenderer renderer = new MapRenderer();
    private final FramePipeline pipeline = new FramePipeline(state, mapView, renderer, Platform::runLater);
    private final BackgroundTasks background = new BackgroundTasks("redmap-io", Platform::runLater);
    private final MapGestures gestures = new MapGestures(state, mapView, pipeline.gestureActiveProperty());
    private final StatusBar status;
    private final InspectorPanel inspector;
    private final SearchField search = new SearchField(this::goTo, mapView::requestFocus);
    private final AnalysisRunner analysis;
    private final FileActions files;
    private final PolygonImport polygons;
    private final WindowHistory history;
    private final AnnotationController annotations;
    private final ProjectTracker tracker;
    private final Autosaver autosaver;
    private final ProjectActions projects;
    private final RecoveryActions recovery;
    private BriefingExportDialog briefingDialog;
    private final TimelinePane timeline = new TimelinePane();
    private final BandsPane bands;
    private final TabPane tabs;
    private final SidePanels panels;
    private final PageMode pageMode;
    private MapLoader loader;
    private MapSource mapSource;

    private record Loaded(MapLoader loader, ProjectedMap map) {
    }

    /**
     * @param analysisSource computes a map's analysis: {@code MapAnalysis::bundled} in the app
     * @param home           redmap's folder for the recent projects and the recovery files ({@link RedmapHome})
     * @param folders        shows a folder in the desktop's file manager (where a recovery is kept)
     */
    MainWindow(Stage stage, FileDialogs dialogs, AnalysisRunner.Source analysisSource, Path home, FolderOpener folders) {
        this.stage = stage;
        status = new StatusBar(state, gestures.pointerProperty(), pipeline.shownProperty(), pipeline.errorProperty());
        inspector = new InspectorPanel(state, status::show);
        analysis = new AnalysisRunner(state, analysisSource, Platform::runLater, status::show,
                (header, e) -> Alerts.error(stage, header, e), pipeline.shownProperty());
        status.bindProgress(analysis.progressShownProperty(), analysis.activityProperty());
        tracker = new ProjectTracker(state, analysis, Platform::runLater);
        files = new FileActions(stage, state, dialogs, background, () -> loader, status::show, analysis,
                tracker::regionsOpened, tracker::coverageImported);
        polygons = new PolygonImport(stage, state, dialogs, background, status::show, tracker::polygonsImported);
        // After the map's gestures: it takes the pointer first only on annotations and while drawing.
        history = new WindowHistory(state, analysis, Platform::runLater);
        tracker.onReplaced(history.edits()::restart);
        history.followExport(tracker.lastExportProperty(), o -> tracker.editExport(x -> o));
        annotations = new AnnotationController(state, mapView, history, status::show);
        RecoveryStore recoveries = new RecoveryStore(home);
        autosaver = new Autosaver(recoveries, tracker, Clock.systemUTC(), Platform::runLater, status::show);
        projects = new ProjectActions(stage, state, analysis, tracker, autosaver, new RecentProjects(home), dialogs,
                background, () -> mapSource, status::show, annotations::finishEditing, renderer, Clock.systemUTC());
        recovery = new RecoveryActions(stage, recoveries, autosaver, projects, dialogs, folders, background, () -> mapSource,
                status::show);
        projects.rememberAllowedFolders(new org.redmap.project.AllowedDataFolders(home));
        this.dialogs = dialogs;
        bands = new BandsPane(state, analysis, files);
        tabs = rightPanel();
        pageMode = new PageMode(state, tracker, mapView, renderer, Clock.systemUTC(), status::show);
        pageMode.setEditor((name, change) -> {
            if (history.edits().editLayout(name, change)) status.show(name + " · Ctrl+Z undoes");
        });
        pageMode.setMarkEditor((name, change) -> {
            if (history.edits().edit(name, p -> p.withAnnotations(change.apply(p.annotations())))) {
                status.show(name + " · Ctrl+Z undoes");
            }
        });
        BorderPane mapArea = new BorderPane(pageMode.centre());
        mapArea.setLeft(new AnnotationToolbar(annotations));
        panels = new SidePanels(leftPanel(), mapArea, tabs, mapView::requestFocus);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // It opens maximized: the panels that open are those that fit beside the map across the screen,
        // unless the analyst named them.
        panels.open(PanelLayout.named(System.getProperty("redmap.panels")).orElseGet(() -> PanelLayout.opening(
                screen.getWidth(), SidePanels.LEFT_WIDTH, SidePanels.RIGHT_WIDTH,
                SidePanels.MAP_CHROME + SidePanels.STRIP_WIDTH)));

        BorderPane root = new BorderPane();
        root.setId("root");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(panels.leftSide());
        root.setCenter(panels.centre());
        root.setBottom(status);
        // The scene is first laid out at the window's final size: a first pass at its preferred size
        // would leave the right panel at a share of that.
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("redmap.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        annotations.install(scene);
        history.install(scene);
        MapKeys.install(scene, state);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placeBeforeShowing(stage, screen);
        stage.titleProperty().bind(tracker.windowTitleProperty());
        // Closing with unsaved changes asks first; Cancel keeps the window.
        stage.setOnCloseRequest(e -> {
            e.consume();
            projects.closeRequested(stage::close);
        });

        mapView.widthProperty().addListener((o, a, b) -> state.resize(mapView.getWidth(), mapView.getHeight()));
        mapView.heightProperty().addListener((o, a, b) -> state.resize(mapView.getWidth(), mapView.getHeight()));
        pipeline.pixelScaleProperty().bind(stage.outputScaleXProperty());
        stage.outputScaleXProperty().addListener((o, a, scale) -> pageMode.pageView().setOutputScale(scale.doubleValue()));
        state.mapProperty().addListener((o, a, map) -> {
            if (map == null) return;
            search.setSearch(new PlaceSearch(map.document()));
            if (!mapView.hasFrame()) mapView.showLoading("Drawing the map…");
        });
    }

    /**
     * The window opens maximized, its place and size those of the screen's usable area, set before
     * it is first shown, and nothing resizes it afterwards: it never visibly grows from a small
     * first frame. A size asked for before mapping is dropped by some window managers (openbox
     * under X maps the window at its minimum size, and a size asked for again once shown lands a
     * second later, a visible jump); the maximized state is honoured as the window is mapped.
     */
    private static void placeBeforeShowing(Stage stage, Rectangle2D screen) {
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }

    /**
     * Reads the data in the background; the window is up and says so meanwhile. Then offers back
     * unsaved work left by a crash, or opens {@code project} if one was named.
     */
    void load(Callable<MapLoader> source, Optional<Path> project) {
        mapView.showLoading("Loading map data…");
        pipeline.warmUp();
        background.run(() -> new CoverageTimelineReader().bundled(), timeline::show, e -> timeline.showError(e.getMessage()));
        background.run(() -> {
            MapLoader l = source.call();
            return new Loaded(l, ProjectedMap.of(l.defaultDocument(), MapProjection.mexico()));
        }, loaded -> {
            loader = loaded.loader();
            mapSource = new MapSource(loader.defaultDocument(), loader::openRegions);
            state.show(loaded.map());
            mapView.requestFocus();
            recovery.started(project);
        }, e -> {
            mapView.showLoading("The map could not be loaded.");
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.initOwner(stage);
            alert.setHeaderText("Could not load the map data");
            alert.show();
        });
    }

    /** Zooms to a search result and selects the region it is (or lies) in. */
    void goTo(SearchHit hit) {
        if (state.map() == null) return;
        if (hit.kind() == SearchHit.Kind.REGION) {
            state.fitRegion(hit.regionId());
            state.select(Selection.region(hit.regionId()));
        } else {
            Coordinate city = state.map().cityPositions().get(hit.cityIndex());
            state.centreOn(city, MapState.CITY_METRES_PER_PIXEL);
            String regionId = hit.regionId() != null && state.region(hit.regionId()).isPresent() ? hit.regionId()
                    : state.map().regions().at(city).map(i -> i.value().id()).orElse(null);
            if (regionId != null) state.select(Selection.region(regionId));
            else state.clearSelection();
        }
        status.show(hit.display());
        mapView.requestFocus();
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("menuNew", "New project", projects::newProject);
        newProject.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem openProject = item("menuOpenProject", "Open project…", projects::openProject);
        openProject.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem save = item("menuSave", "Save", projects::save);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem saveAs = item("menuSaveAs", "Save As…", projects::saveAs);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem open = item("menuOpen", "Open regions (GeoJSON)…", () -> files.open());
        MenuItem export = item("menuExport", "Export…", this::exportBriefing);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem importCoverage = item("menuImportCoverage", "Import coverage table…", () -> files.importCoverage());
        MenuItem importPolygons = item("menuImportPolygons", "Import coverage polygons…", () -> polygons.choose());
        MenuItem exportBands = item("menuExportBands", "Export border bands CSV…", () -> {
            if (state.analysis() == null) status.show("Wait for the border bands to be computed");
            else files.exportBands(state.analysis().bands());
        });
        MenuItem quit = item("menuQuit", "Quit", () -> projects.closeRequested(() -> {
            stage.close();
            Platform.exit();
        }));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem restore = item("menuRestore", "Restore unsaved work…", recovery::offerAgain);
        Menu file = new Menu("File", null, newProject, openProject, projects.recentMenu(), restore, save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), open, importCoverage, importPolygons, exportBands,
                new SeparatorMenuItem(), quit);
        file.setId("menuFile");

        Menu view = new Menu("View", null,
                item("menuZoomIn", "Zoom in  (+)", () -> state.zoomCentre(MapKeys.ZOOM_STEP)),
                item("menuZoomOut", "Zoom out  (−)", () -> state.zoomCentre(1 / MapKeys.ZOOM_STEP)),
                item("menuZoomFit", "Zoom to fit  (0)", state::fitHome),
                new SeparatorMenuItem(),
                item("menuClear", "Clear selection  (Esc)", state::clearSelection),
                new SeparatorMenuItem(),
                panels.leftMenuItem(),
                panels.rightMenuItem());
        view.getItems().addAll(0, java.util.List.of(pageMode.viewMenuItems()));
        view.getItems().add(2, new SeparatorMenuItem());
        view.setId("menuView");

        Menu help = new Menu("Help", null, item("menuAbout", "About and sources…",
                () -> AboutDialog.create(stage, state.map() == null ? null : state.map().document()).show()));
        help.setId("menuHelp");
        MenuBar bar = new MenuBar(file, EditMenu.create(state, annotations), view, help);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        Button zoomOut = button("zoomOut", "−", "Zoom out  (−)", () -> state.zoomCentre(1 / MapKeys.ZOOM_STEP));
        Button zoomIn = button("zoomIn", "+", "Zoom in  (+)", () -> state.zoomCentre(MapKeys.ZOOM_STEP));
        Button fit = button("zoomFit", "Zoom to fit", "Show the whole map  (0 or Home)", state::fitHome);
        Button open = button("openButton", "Open…", "Open a project  (Ctrl+O)", projects::openProject);
        Button save = button("saveButton", "Save", "Save the project  (Ctrl+S)", projects::save);
        Button export = button("exportButton", "Export…", "Export a briefing image: PNG, SVG or PDF  (Ctrl+E)",
                this::exportBriefing);
        zoomOut.setAccessibleText("Zoom out");
        zoomIn.setAccessibleText("Zoom in");
        zoomOut.getStyleClass().add("zoom-button");
        zoomIn.getStyleClass().add("zoom-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label find = new Label("Find");
        find.setLabelFor(search);
        ToolBar bar = new ToolBar(panels.leftButton(), new Separator(), zoomOut, zoomIn, fit, new Separator(), open, save,
                export, new Separator(), pageMode.toolbarItems(), spacer, find, search, new Separator(),
                panels.rightButton());
        bar.setId("toolbar");
        return bar;
    }

    /**
     * File → Export…: the briefing dialog on the project as it is now, framed as on screen. The
     * file is written as {@code redmap export --project} writes it; its settings become the project's.
     */
    void exportBriefing() {
        projects.prepareExport(source -> {
            String title = state.map().document().title();
            BriefingSettings initial = tracker.lastExport().equals(ExportOptions.DEFAULTS)
                    ? BriefingSettings.defaults(title)
                    : BriefingSettings.of(tracker.lastExport(), title);
            BriefingExportDialog.Pages pages = new BriefingExportDialog.Pages() {
                @Override
                public PageView open(java.util.function.Supplier<java.util.Optional<org.redmap.render.RenderRequest>> request,
                                     java.util.function.Consumer<org.redmap.project.PageElement> hider) {
                    return pageMode.previewView(request, hider);
                }

                @Override
                public void close(PageView view) {
                    pageMode.closePreview(view);
                }
            };
            briefingDialog = new BriefingExportDialog(stage, source, initial, renderer, pages, dialogs, background, status::show,
                    s -> tracker.exported(s.toExportOptions(), s.title()));
            // A drag on the dialog's page is one undo step, as on the window's.
            javafx.scene.Scene dialogScene = briefingDialog.getDialogPane().getScene();
            if (dialogScene != null) history.install(dialogScene);
            briefingDialog.show();
        });
    }

    private ScrollPane leftPanel() {
        LayerPanel layers = new LayerPanel(state, analysis.runningProperty());
        RiskPane risk = new RiskPane(state, analysis);
        CoveragePane coverage = new CoveragePane(state, files);
        Label hints = new Label("Drag to pan · wheel or +/− to zoom · 0 fits the map · click a region "
                + "for its vendor, coverage, risk and sources · Esc clears · Ctrl+F finds · Ctrl+L and Ctrl+I hide "
                + "or show the side panels");
        hints.setId("hints");
        hints.getStyleClass().add("hints");
        hints.setWrapText(true);
        VBox box = new VBox(layers, risk, coverage, layers.basePane(), hints);
        VBox.setMargin(risk, new Insets(6, 8, 0, 8));
        VBox.setMargin(coverage, new Insets(6, 8, 0, 8));
        VBox.setMargin(layers.basePane(), new Insets(6, 8, 0, 8));
        VBox.setMargin(hints, new Insets(10, 14, 14, 14));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("leftPanel");
        scroll.getStyleClass().add("side-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private TabPane rightPanel() {
        Tab inspectorTab = new Tab("Inspector",
                AnnotationEditorPane.besideInspector(inspector, new AnnotationEditorPane(state, annotations)));
        inspectorTab.setId("tabInspector");
        Tab timelineTab = new Tab("Coverage timeline", scroll(timeline));
        timelineTab.setId("tabTimeline");
        Tab bandsTab = new Tab("Border bands", bands);
        bandsTab.setId("tabBands");
        TabPane pane = new TabPane(inspectorTab, timelineTab, bandsTab);
        pane.setId("rightTabs");
        pane.getStyleClass().add("right-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setMinWidth(260);
        pane.setPrefWidth(SidePanels.RIGHT_WIDTH);
        pane.setMaxWidth(900);
        // Selecting a region on the map shows what is known about it.
        state.selectionProperty().addListener((o, a, s) -> {
            if (s != null) pane.getSelectionModel().select(inspectorTab);
        });
        return pane;
    }

    private static ScrollPane scroll(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    MapState state() {
        return state;
    }

    FramePipeline pipeline() {
        return pipeline;
    }

    MapView mapView() {
        return mapView;
    }

    InspectorPanel inspector() {
        return inspector;
    }

    /** The export dialog last opened (for tests). */
    BriefingExportDialog briefingDialog() {
        return briefingDialog;
    }

    /** The window's undo history: make undoable edits through {@code history().edits()}. */
    WindowHistory history() {
        return history;
    }

    AnnotationController annotations() {
        return annotations;
    }

    FileActions fileActions() {
        return files;
    }

    ProjectActions projects() {
        return projects;
    }

    RecoveryActions recovery() {
        return recovery;
    }

    PageMode pageMode() {
        return pageMode;
    }

    ProjectTracker tracker() {
        return tracker;
    }

    AnalysisRunner analysis() {
        return analysis;
    }

    TabPane tabs() {
        return tabs;
    }

    SidePanels panels() {
        return panels;
    }

    TimelinePane timeline() {
        return timeline;
    }

    BandsPane bands() {
        return bands;
    }

    @Override
    public void close() {
        // Unsaved work nobody chose to discard is written once more; otherwise the recovery goes.
        autosaver.close();
        pipeline.close();
        pageMode.close();
        analysis.close();
        background.close();
    }
}
