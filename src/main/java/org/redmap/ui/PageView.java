package org.redmap.ui;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.redmap.model.LabelKind;
import org.redmap.model.TextRules;
import org.redmap.model.annotation.Annotation;
import org.redmap.project.LabelEdit;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.render.DrawnPage;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * The page view: the export page, drawn by the renderer exactly as an export draws it, fitted to
 * the panel on a grey desk. Its legend, north arrow, locator map, annotations and labels can be taken hold of:
 * dragged (snapping to margins and to each other), the legend and locator resized from their
 * corner, labels renamed, hidden or put back, and any element but the marking hidden. Each drop is
 * one edit of the project's layout. Dragging the map itself, or the wheel, moves and zooms the
 * map inside the page, as on the free map.
 */
final class PageView extends StackPane {

    /** Makes a named, undoable change of the page's layout. */
    @FunctionalInterface
    interface LayoutEditor {
        void edit(String name, UnaryOperator<PageLayout> change);
    }

    /** Makes a named, undoable change of the annotations. */
    @FunctionalInterface
    interface MarkEditor {
        void edit(String name, UnaryOperator<List<Annotation>> change);
    }

    /** Moves the map inside the page: the window's view, which the page frames. */
    interface Navigator {
        /** Shifts the map by these projected metres (positive x moves it right, positive y down). */
        void pan(double dxMetres, double dyMetres);

        /** Zooms by {@code factor} (above 1 zooms in) keeping this projected point still. */
        void zoomAt(org.locationtech.jts.geom.Coordinate world, double factor);
    }

    /** A wheel notch (40 units on most systems) zooms by about a quarter, as on the map. */
    private static final double WHEEL_UNITS_PER_DOUBLING = 120;

    /** A page drawn for the view: the request (at the view's scale), its image and what is where on it. */
    record Shown(RenderRequest request, Image image, DrawnPage page) {
    }

    private static final double PAD = 24;
    private static final double HANDLE = 9;

    private final Supplier<Optional<RenderRequest>> exportRequest;
    private final LayoutEditor editor;
    /** Takes an element off the page: its layer off, or the locator map or sources footer removed. */
    private final Consumer<PageElement> hider;
    private final MarkEditor marks;
    private final Navigator navigator;
    /** The last pointer position of a pan of the map inside the page, in node pixels; null when not panning. */
    private javafx.geometry.Point2D panFrom;
    private final Supplier<PageLayout> layout;
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Rectangle outline = new Rectangle();
    private final Rectangle handle = new Rectangle(HANDLE, HANDLE);
    private final Label busy = new Label("Drawing the page…");
    private final LatestWins<RenderRequest, Shown> worker;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown");
    private final ObjectProperty<PageEditing.Target> selected = new SimpleObjectProperty<>(this, "selected");
    private RenderRequest asked;
    private double outputScale = 1;
    private Drag drag;

    /** A press that may become a move or a resize: where it started and the box it started from, in page units. */
    private record Drag(PageEditing.Target target, double startX, double startY, Rectangle2D from, boolean resize) {
    }

    /**
     * @param exportRequest the page as the export draws it, in its logical pixels; empty before a map is shown
     * @param layout        the layout now, for context-menu edits that keep the rest of a label's edit
     */
    PageView(Supplier<Optional<RenderRequest>> exportRequest, Supplier<PageLayout> layout, LayoutEditor editor,
             Consumer<PageElement> hider, MarkEditor marks, Navigator navigator, MapRenderer renderer) {
        this.exportRequest = exportRequest;
        this.marks = marks;
        this.navigator = navigator;
        this.hider = hider;
        this.layout = layout;
        this.editor = editor;
        setId("pageView");
        getStyleClass().add("page-desk");
        setMinSize(0, 0);
        setFocusTraversable(true);
        image.setId("pageImage");
        image.setManaged(false);
        image.setSmooth(true);
        DropShadow shadow = new DropShadow(14, Color.rgb(0, 0, 0, 0.28));
        image.setEffect(shadow);
        outline.setId("pageSelection");
        outline.setManaged(false);
        outline.setFill(Color.TRANSPARENT);
        outline.setStroke(Color.web("#1f6feb"));
        outline.setStrokeWidth(1.5);
        outline.getStrokeDashArray().setAll(5.0, 3.0);
        outline.setVisible(false);
        outline.setMouseTransparent(true);
        handle.setId("pageResize");
        handle.setManaged(false);
        handle.setFill(Color.WHITE);
        handle.setStroke(Color.web("#1f6feb"));
        handle.setVisible(false);
        handle.setMouseTransparent(true);
        overlay.getChildren().addAll(image, outline, handle);
        overlay.setMinSize(0, 0);
        busy.getStyleClass().add("page-busy");
        busy.setMouseTransparent(true);
        getChildren().addAll(overlay, busy);
        StackPane.setAlignment(busy, javafx.geometry.Pos.TOP_RIGHT);

        worker = new LatestWins<>("redmap-page", request -> draw(renderer, request),
                (request, s) -> Platform.runLater(() -> show(s)),
                e -> Platform.runLater(() -> busy.setText("The page could not be drawn: " + e.getMessage())));
        widthProperty().addListener((o, a, b) -> refresh());
        heightProperty().addListener((o, a, b) -> refresh());
        visibleProperty().addListener((o, a, b) -> refresh());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Shown now = shown.get();
            boolean over = now != null && editing().hit(pageX(e), pageY(e)).filter(PageEditing::movable).isPresent();
            setCursor(over ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.DEFAULT);
        });
        addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            Shown now = shown.get();
            if (now == null || e.getDeltaY() == 0) return;
            navigator.zoomAt(now.request().viewport().toWorld(pageX(e.getX()), pageY(e.getY())),
                    Math.pow(2, e.getDeltaY() / WHEEL_UNITS_PER_DOUBLING));
            e.consume();
        });
        setOnKeyPressed(e -> {
            PageEditing.Target t = selected.get();
            if (t instanceof PageEditing.Label l && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                hide(l);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                select(null);
            } else if (nudges() && e.getCode().isArrowKey()) {
                double step = e.isShiftDown() ? 10 : 1;
                double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
                double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
                nudge(t, dx, dy);
                e.consume();
            }
        });
    }

    /** Device pixels per screen pixel, for a crisp page on HiDPI screens. */
    void setOutputScale(double scale) {
        outputScale = scale;
        refresh();
    }

    /** Draws the page again if what it shows changed; nothing while the view is hidden. */
    void refresh() {
        if (!isVisible() || getWidth() < 2 * PAD + 10 || getHeight() < 2 * PAD + 10) return;
        exportRequest.get().ifPresent(export -> {
            RenderRequest small = BriefingSettings.preview(export, getWidth() - 2 * PAD, getHeight() - 2 * PAD, outputScale);
            if (small.equals(asked)) return;
            asked = small;
            busy.setText("Drawing the page…");
            busy.setVisible(true);
            worker.submit(small);
        });
    }

    /** The page on show, null before the first. */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown;
    }

    ReadOnlyObjectProperty<PageEditing.Target> selectedProperty() {
        return selected;
    }

    /** Screen pixels per logical pixel of the page, as it is shown. */
    double fit() {
        Shown s = shown.get();
        return s == null ? 1 : s.request().pixelScale() / Math.max(1, outputScale);
    }

    /** Where the page's point (x, y) is on this node. */
    javafx.geometry.Point2D toView(double x, double y) {
        return new javafx.geometry.Point2D(image.getLayoutX() + x * fit(), image.getLayoutY() + y * fit());
    }

    // Runs on the page thread, so the UI never waits for a page to be drawn.
    private static Shown draw(MapRenderer renderer, RenderRequest request) {
        MapRenderer.Rendered r = renderer.renderPage(request);
        return new Shown(request, SwingFXUtils.toFXImage(r.image(), null), r.page());
    }

    private void show(Shown s) {
        busy.setVisible(!s.request().equals(asked));
        shown.set(s);
        double scale = s.request().pixelScale() / Math.max(1, outputScale);
        double w = s.request().viewport().width() * scale;
        double h = s.request().viewport().height() * scale;
        image.setImage(s.image());
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.setLayoutX(Math.round((getWidth() - w) / 2));
        image.setLayoutY(Math.round((getHeight() - h) / 2));
        PageEditing.Target t = selected.get();
        if (t != null && editing().box(t).isEmpty()) t = null;
        select(t);
    }

    private PageEditing editing() {
        Shown s = shown.get();
        return new PageEditing(s.request(), s.page());
    }

    private double pageX(MouseEvent e) {
        return pageX(e.getX());
    }

    private double pageY(MouseEvent e) {
        return pageY(e.getY());
    }

    private double pageX(double nodeX) {
        return (nodeX - image.getLayoutX()) / fit();
    }

    private double pageY(double nodeY) {
        return (nodeY - image.getLayoutY()) / fit();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (shown.get() == null) return;
        PageEditing editing = editing();
        double x = pageX(e);
        double y = pageY(e);
        Optional<PageEditing.Target> onHandle = Optional.ofNullable(selected.get())
                .filter(t -> editing.resizableAsDrawn(t))
                .filter(t -> editing.box(t).map(b -> near(b.getMaxX(), b.getMaxY(), x, y)).orElse(false));
        Optional<PageEditing.Target> hit = onHandle.isPresent() ? onHandle : editing.hit(x, y);
        select(hit.orElse(null));
        drag = hit.filter(PageEditing::movable)
                .flatMap(t -> editing.box(t).map(b -> new Drag(t, x, y, editing.grabbed(t, b, x), onHandle.isPresent())))
                .orElse(null);
        // A press on the map itself, away from anything movable, pans the map inside the page.
        panFrom = hit.isEmpty() && e.getButton() == MouseButton.PRIMARY ? new javafx.geometry.Point2D(e.getX(), e.getY()) : null;
        if (e.getButton() == MouseButton.SECONDARY || e.isPopupTrigger()) {
            drag = null;
            hit.map(this::menu).filter(m -> !m.getItems().isEmpty()).ifPresent(m -> m.show(this, e.getScreenX(), e.getScreenY()));
        }
        e.consume();
    }

    private boolean near(double hx, double hy, double x, double y) {
        double reach = HANDLE / fit();
        return Math.abs(x - hx) <= reach && Math.abs(y - hy) <= reach;
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null && shown.get() != null) {
            double mpp = shown.get().request().viewport().metresPerPixel();
            navigator.pan((e.getX() - panFrom.getX()) / fit() * mpp, (e.getY() - panFrom.getY()) / fit() * mpp);
            panFrom = new javafx.geometry.Point2D(e.getX(), e.getY());
            e.consume();
            return;
        }
        if (drag == null || shown.get() == null) return;
        Rectangle2D box = dragBox(e);
        place(outline, box);
        placeHandle(box, PageEditing.resizable(drag.target()));
        e.consume();
    }

    private Rectangle2D dragBox(MouseEvent e) {
        PageEditing editing = editing();
        double dx = pageX(e) - drag.startX();
        double dy = pageY(e) - drag.startY();
        double tolerance = PageEditing.SNAP / fit();
        return drag.resize() ? editing.resized(drag.target(), drag.from(), dx, dy, tolerance)
                : editing.moved(drag.target(), drag.from(), dx, dy, tolerance);
    }

    private void released(MouseEvent e) {
        panFrom = null;
        if (drag == null || shown.get() == null) return;
        Drag d = drag;
        Rectangle2D box = dragBox(e);
        drag = null;
        if (box.equals(d.from())) return;
        commit(editing(), d.target(), d.from(), box, d.resize());
        e.consume();
    }

    /** One undo step for a move (or resize) from one box to another: of the annotations, or of the page layout. */
    private void commit(PageEditing editing, PageEditing.Target target, Rectangle2D from, Rectangle2D box, boolean resize) {
        if (target instanceof PageEditing.Mark m) {
            marks.edit("Move " + m.title(), list -> editing.movedMark(list, m, from, box));
        } else {
            editor.edit((resize ? "Resize " : "Move ") + target.title(),
                    l -> resize ? editing.dropped(l, target, box, true) : editing.movedAsDrawn(l, target, box));
        }
    }

    private ContextMenu menu(PageEditing.Target target) {
        ContextMenu menu = new ContextMenu();
        menu.setId("pageMenu");
        if (target instanceof PageEditing.Label l) {
            MenuItem rename = new MenuItem("Rename label…");
            rename.setId("pageRename");
            rename.setOnAction(a -> rename(l));
            MenuItem hide = new MenuItem("Hide label");
            hide.setId("pageHide");
            hide.setOnAction(a -> hide(l));
            MenuItem reset = new MenuItem("Reset label");
            reset.setId("pageResetLabel");
            reset.setDisable(layout.get().label(l.kind(), l.featureId()).isEmpty());
            reset.setOnAction(a -> editor.edit("Reset " + l.title(), p -> p.withLabel(LabelEdit.none(l.kind(), l.featureId()))));
            menu.getItems().addAll(rename, hide, reset);
        } else if (target instanceof PageEditing.Element el) {
            if (el.element().movable()) {
                MenuItem reset = new MenuItem("Put back in its automatic place");
                reset.setId("pageResetElement");
                reset.setDisable(layout.get().box(el.element()).isEmpty());
                reset.setOnAction(a -> editor.edit("Reset " + el.title(), p -> p.withBox(el.element(), null)));
                menu.getItems().add(reset);
            }
            MenuItem hide = new MenuItem(el.element() == PageElement.INSET ? "Remove locator map" : "Hide " + el.title());
            hide.setId("pageHideElement");
            hide.setOnAction(a -> {
                select(null);
                hider.accept(el.element());
            });
            menu.getItems().add(hide);
        }
        return menu;
    }

    /** Whether the arrow keys move what is selected: a movable element, label or annotation. */
    boolean nudges() {
        PageEditing.Target t = selected.get();
        return t != null && shown.get() != null && PageEditing.movable(t);
    }

    /** Moves the selection by page units (1, or 10 with Shift, per key press), without snapping: the analyst aims. */
    void nudge(PageEditing.Target target, double dx, double dy) {
        PageEditing editing = editing();
        editing.box(target).ifPresent(from -> commit(editing, target, from,
                editing.moved(target, editing.grabbed(target, from, from.getCenterX()), dx, dy, 0), false));
    }

    /** Asks for the label's new text; an empty answer puts its own name back. */
    void rename(PageEditing.Label l) {
        TextInputDialog dialog = new TextInputDialog(l.text().replace('\n', ' '));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Rename label");
        dialog.setHeaderText("The label's text on every page and export (empty for its own name)");
        dialog.getEditor().setId("pageRenameText");
        TextLimit.apply(dialog.getEditor(), TextRules.LABEL, n -> { });
        dialog.showAndWait().ifPresent(text -> renameTo(l, text));
    }

    void renameTo(PageEditing.Label l, String text) {
        editor.edit("Rename " + l.title(), p -> p.withLabel(edit(p, l).withText(text)));
    }

    void hide(PageEditing.Label l) {
        select(null);
        editor.edit("Hide " + l.title(), p -> p.withLabel(edit(p, l).withHidden(true)));
    }

    private static LabelEdit edit(PageLayout p, PageEditing.Label l) {
        return p.label(l.kind(), l.featureId()).orElse(LabelEdit.none(l.kind(), l.featureId()));
    }

    /** Selects what the window's tests and menus name: a label by what it labels. */
    Optional<PageEditing.Label> label(LabelKind kind, String featureId) {
        Shown s = shown.get();
        if (s == null) return Optional.empty();
        return s.page().labels().stream().filter(p -> p.kind() == kind && p.featureId().equals(featureId)).findFirst()
                .map(p -> new PageEditing.Label(p.kind(), p.featureId(), p.text()));
    }

    private void select(PageEditing.Target target) {
        selected.set(target);
        Optional<Rectangle2D> box = target == null || shown.get() == null ? Optional.empty() : editing().box(target);
        outline.setVisible(box.isPresent());
        box.ifPresent(b -> place(outline, b));
        boolean sized = box.isPresent() && editing().resizableAsDrawn(target);
        handle.setVisible(sized);
        box.ifPresent(b -> placeHandle(b, sized));
    }

    private void place(Rectangle r, Rectangle2D pageBox) {
        javafx.geometry.Point2D a = toView(pageBox.getMinX(), pageBox.getMinY());
        r.setX(a.getX() - 2);
        r.setY(a.getY() - 2);
        r.setWidth(pageBox.getWidth() * fit() + 4);
        r.setHeight(pageBox.getHeight() * fit() + 4);
        r.setVisible(true);
    }

    private void placeHandle(Rectangle2D pageBox, boolean show) {
        javafx.geometry.Point2D c = toView(pageBox.getMaxX(), pageBox.getMaxY());
        handle.setX(c.getX() - HANDLE / 2);
        handle.setY(c.getY() - HANDLE / 2);
        handle.setVisible(show);
    }

    void close() {
        worker.close();
    }
}
