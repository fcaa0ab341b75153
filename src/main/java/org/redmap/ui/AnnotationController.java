package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.annotate.AnnotationChanges;
import org.redmap.annotate.AnnotationEdits;
import org.redmap.annotate.AnnotationIds;
import org.redmap.annotate.AnnotationMoves;
import org.redmap.annotate.Change;
import org.redmap.annotate.HitTester;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;
import org.redmap.model.TaggedRegion;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;
import org.redmap.render.AnnotationFigures;

/**
 * Drawing and editing annotations on the map: the active tool, pointer gestures that draw, select,
 * move and resize, keys for the tools, and every edit as one undo step of an
 * {@link AnnotationSession}. Takes the pointer before the map's own gestures only when it is
 * drawing or on an annotation, so the map still pans and selects regions everywhere else.
 */
final class AnnotationController {

    /** How near (view pixels) a press must be to an annotation's ink to pick it. */
    static final double PICK_TOLERANCE = 4;
    /** Extra reach around a handle. */
    static final double HANDLE_TOLERANCE = 2;

    private final MapState state;
    private final MapView view;
    private final Consumer<String> message;
    private final AnnotationSession session;
    private final SketchOverlay overlay = new SketchOverlay();
    private final ObjectProperty<AnnotationTool> tool = new SimpleObjectProperty<>(this, "tool", AnnotationTool.SELECT);
    private Sketch sketch;
    private InlineTextEditor editor;
    /** The press went to an annotation or a drawing, so its drag, release and click do too. */
    private boolean pressTaken;
    /** The press only closed the text card: its release and click do nothing more. */
    private boolean pressClosedEditor;
    /** A tool is being chosen: text placed on the way must not choose Select over it. */
    private boolean changingTool;
    private Drag drag;

    /** Moving an annotation (handle -1) or one of its handles, from where the press was. */
    private static final class Drag {
        final Annotation target;
        final int handle;
        final double startX;
        final double startY;
        final Viewport viewport;
        final List<Annotation> before;
        List<Annotation> preview;

        Drag(Annotation target, int handle, double startX, double startY, Viewport viewport, List<Annotation> before) {
            this.target = target;
            this.handle = handle;
            this.startX = startX;
            this.startY = startY;
            this.viewport = viewport;
            this.before = before;
        }
    }

    /**
     * @param history the window's one history, which the annotations' steps join
     * @param message shows a short line in the status bar
     */
    AnnotationController(MapState state, MapView view, WindowHistory history, Consumer<String> message) {
        this.state = state;
        this.view = view;
        this.message = message;
        this.session = new AnnotationSession(history);
        // Above the frame, under the pointer label and the loading veil.
        view.getChildren().add(1, overlay);
        // Filters run before the map's own gesture handlers, and consuming keeps those out.
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        // A handler, registered after the map's: the cursor it sets is the last word.
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        tool.addListener((o, was, now) -> toolChanged(now));
        state.viewportProperty().addListener((o, a, b) -> redrawSketch());
    }

    AnnotationSession session() {
        return session;
    }

    SketchOverlay overlay() {
        return overlay;
    }

    ObjectProperty<AnnotationTool> toolProperty() {
        return tool;
    }

    AnnotationTool tool() {
        return tool.get();
    }

    void setTool(AnnotationTool t) {
        tool.set(t);
    }

    /**
     * The tool keys (V, T, C, A, R, E, P, N, H), Escape, Enter and Delete, for the whole window;
     * install before {@link MapKeys} so Escape reaches a drawing first. Also Ctrl+Y for redo.
     */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, scene.getFocusOwner()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
    }

    // --- commands -------------------------------------------------------------------------------

    void undo() {
        finishEditing();
        dropGesture();
        session.undo().ifPresentOrElse(label -> message.accept("Undone: " + label), () -> message.accept("Nothing to undo"));
    }

    void redo() {
        finishEditing();
        dropGesture();
        session.redo().ifPresentOrElse(label -> message.accept("Redone: " + label), () -> message.accept("Nothing to redo"));
    }

    /** Forgets a drag in progress, so its release cannot bring back what undo took away. */
    private void dropGesture() {
        drag = null;
        pressTaken = false;
    }

    void deleteSelected() {
        state.selectedAnnotation().ifPresent(a -> {
            session.apply(AnnotationChanges.delete(a));
            message.accept("Deleted " + a.kind().withArticle() + " · Ctrl+Z brings it back");
        });
    }

    void bringToFront() {
        reorder(AnnotationChanges::bringToFront, "on top already");
    }

    void bringForward() {
        reorder(AnnotationChanges::bringForward, "on top already");
    }

    void sendBackward() {
        reorder(AnnotationChanges::sendBackward, "at the bottom already");
    }

    void sendToBack() {
        reorder(AnnotationChanges::sendToBack, "at the bottom already");
    }

    private void reorder(Function<Annotation, Change<List<Annotation>>> change, String already) {
        state.selectedAnnotation().ifPresent(a -> {
            Change<List<Annotation>> c = change.apply(a);
            message.accept(session.apply(c) ? c.label() : "The " + a.kind().noun() + " is " + already);
        });
    }

    /** A new look for one annotation, as one step named for what changed ("Change arrow colour"). */
    void restyle(Annotation target, AnnotationStyle style, String what) {
        Change<List<Annotation>> c = AnnotationChanges.restyle(target, style);
        session.apply(new Change<>("Change " + target.kind().noun() + " " + what, c.operation()));
    }

    /** Shows a look while a slider is dragged, recorded by {@link #restyle} when it is let go. */
    void previewStyle(Annotation target, AnnotationStyle style) {
        session.preview(AnnotationEdits.restyle(session.current(), target.id(), style));
    }

    /** New words for a label, a callout or a pin (its title and note), as one step. */
    void editText(Annotation target, String text, String note) {
        if (target instanceof Pin pin) {
            String title = text.strip();
            String body = note.strip();
            if (title.equals(pin.title()) && body.equals(pin.note())) return;
            session.apply(new Change<>("Edit pin text", list ->
                    AnnotationEdits.editText(AnnotationEdits.editTitle(list, pin.id(), title), pin.id(), body)));
            return;
        }
        if (text.isBlank()) {
            message.accept("A " + target.kind().noun() + " needs some text; delete it instead");
            return;
        }
        session.apply(AnnotationChanges.editText(target, text.strip()));
    }

    /** The selected annotation's words, in the editor card on the map (double-click does this). */
    void editOnMap() {
        state.selectedAnnotation().ifPresent(this::editOnMap);
    }

    static boolean hasText(Annotation a) {
        return a instanceof TextLabel || a instanceof Callout || a instanceof Pin;
    }

    // --- keys -----------------------------------------------------------------------------------

    private void key(KeyEvent e, Node focus) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) return;
        if (MapKeys.typing(focus)) return;
        switch (e.getCode()) {
            case ESCAPE -> {
                if (sketch != null && sketch.inProgress()) {
                    sketch.cancel();
                    redrawSketch();
                    message.accept("Drawing cancelled · Esc again leaves the " + sketch.tool().label().toLowerCase() + " tool");
                    e.consume();
                } else if (tool.get() != AnnotationTool.SELECT) {
                    setTool(AnnotationTool.SELECT);
                    e.consume();
                }
            }
            case ENTER -> {
                if (sketch != null && sketch.tool() == AnnotationTool.POLYGON && sketch.inProgress()) {
                    sketch.finish().ifPresent(this::drawn);
                    problem();
                    redrawSketch();
                    e.consume();
                }
            }
            case BACK_SPACE, DELETE -> {
                if (sketch != null && sketch.removeLastVertex()) {
                    redrawSketch();
                    e.consume();
                } else if (MapKeys.forMap(focus) && state.selectedAnnotation().isPresent()) {
                    deleteSelected();
                    e.consume();
                }
            }
            default -> {
                if (MapKeys.forMap(focus) && !e.isShiftDown()) {
                    AnnotationTool.forKey(e.getCode()).ifPresent(t -> {
                        setTool(t);
                        e.consume();
                    });
                }
            }
        }
    }

    // --- pointer --------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        pressTaken = false;
        pressClosedEditor = false;
        if (overlay.owns(e.getTarget()) || e.getButton() != MouseButton.PRIMARY) return;
        if (state.map() == null || state.viewport() == null) return;
        if (editor != null) {
            // A click away from the text card places what was typed, and does nothing else.
            editor.commit();
            take(e);
            pressClosedEditor = true;
            return;
        }
        if (tool.get() == AnnotationTool.SELECT) {
            HitTester hits = hitTester();
            Optional<Annotation> selected = state.selectedAnnotation();
            if (selected.isPresent()) {
                OptionalInt handle = hits.handleAt(selected.get(), e.getX(), e.getY(), HANDLE_TOLERANCE);
                if (handle.isPresent()) {
                    beginDrag(selected.get(), handle.getAsInt(), e);
                    return;
                }
            }
            Optional<Annotation> hit = hits.annotationAt(state.map().document().annotations(), e.getX(), e.getY(),
                    PICK_TOLERANCE);
            if (hit.isPresent()) {
                state.select(Selection.annotation(hit.get().id()));
                beginDrag(hit.get(), -1, e);
            }
            // Anywhere else the map's own gestures pan, and a click selects a region.
            return;
        }
        sketch.press(e.getX(), e.getY());
        redrawSketch();
        take(e);
    }

    private void take(MouseEvent e) {
        pressTaken = true;
        e.consume();
        view.requestFocus();
        view.hideChip();
    }

    private void beginDrag(Annotation target, int handle, MouseEvent e) {
        drag = new Drag(target, handle, e.getX(), e.getY(), state.viewport(), state.map().document().annotations());
        take(e);
    }

    private void dragged(MouseEvent e) {
        if (!pressTaken || overlay.owns(e.getTarget())) return;
        e.consume();
        if (pressClosedEditor) return;
        if (drag != null) {
            double dx = e.getX() - drag.startX;
            double dy = e.getY() - drag.startY;
            if (drag.preview == null && Math.hypot(dx, dy) < 1) return;
            MapProjection projection = state.map().projection();
            try {
                drag.preview = drag.handle < 0
                        ? AnnotationMoves.moveByPixels(drag.before, drag.target.id(), dx, dy, drag.viewport, projection)
                        : AnnotationMoves.moveHandleToScreen(drag.before, drag.target.id(), drag.handle, e.getX(), e.getY(),
                                state.viewport(), projection);
                session.preview(drag.preview);
            } catch (IllegalArgumentException offTheEarth) {
                // Dragged past where longitude and latitude exist: the last good position stays.
            }
            view.setCursor(drag.handle < 0 ? Cursor.MOVE : Cursor.CROSSHAIR);
        } else if (sketch != null) {
            sketch.move(e.getX(), e.getY());
            redrawSketch();
        }
    }

    private void released(MouseEvent e) {
        if (!pressTaken || overlay.owns(e.getTarget()) || e.getButton() != MouseButton.PRIMARY) return;
        e.consume();
        if (pressClosedEditor) return;
        if (drag != null) {
            Drag d = drag;
            drag = null;
            if (d.preview != null) {
                MapProjection projection = state.map().projection();
                String label = d.handle < 0
                        ? AnnotationChanges.moveByPixels(d.target, 0, 0, d.viewport, projection).label()
                        : AnnotationChanges.moveHandle(d.target, d.handle, new LonLat(0, 0), projection).label();
                if (session.record(label, d.preview)) message.accept(label + " · Ctrl+Z undoes");
            }
            return;
        }
        if (sketch != null) {
            sketch.release(e.getX(), e.getY()).ifPresent(this::drawn);
            problem();
            redrawSketch();
        }
    }

    private void clicked(MouseEvent e) {
        if (!pressTaken || overlay.owns(e.getTarget()) || e.getButton() != MouseButton.PRIMARY) return;
        e.consume();
        if (pressClosedEditor) return;
        if (tool.get() == AnnotationTool.SELECT) {
            if (e.getClickCount() == 2 && editor == null) {
                state.selectedAnnotation().filter(AnnotationController::hasText).ifPresent(this::editOnMap);
            }
            return;
        }
        if (sketch != null && e.isStillSincePress() && editor == null) {
            sketch.click(e.getX(), e.getY(), e.getClickCount()).ifPresent(this::drawn);
            problem();
            redrawSketch();
        }
    }

    /** Right-click on an annotation: select it and offer what can be done to it. */
    private void contextMenu(ContextMenuEvent e) {
        if (tool.get() != AnnotationTool.SELECT || state.map() == null || state.viewport() == null || editor != null) return;
        Optional<Annotation> hit = hitTester().annotationAt(state.map().document().annotations(), e.getX(), e.getY(),
                PICK_TOLERANCE);
        if (hit.isEmpty()) return;
        e.consume();
        Annotation a = hit.get();
        state.select(Selection.annotation(a.id()));
        ContextMenu menu = new ContextMenu();
        menu.setId("annotationMenu");
        if (hasText(a)) menu.getItems().add(menuItem("Edit text…", this::editOnMap));
        menu.getItems().addAll(menuItem("Bring to front", this::bringToFront), menuItem("Bring forward", this::bringForward),
                menuItem("Send backward", this::sendBackward), menuItem("Send to back", this::sendToBack),
                new SeparatorMenuItem(), menuItem("Delete " + a.kind().noun(), this::deleteSelected));
        menu.show(view, e.getScreenX(), e.getScreenY());
    }

    private static MenuItem menuItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(ev -> action.run());
        return item;
    }

    private void moved(MouseEvent e) {
        if (state.map() == null || state.viewport() == null || overlay.owns(e.getTarget())) return;
        if (sketch != null) {
            view.setCursor(Cursor.CROSSHAIR);
            if (sketch.inProgress()) {
                sketch.move(e.getX(), e.getY());
                redrawSketch();
            }
            return;
        }
        HitTester hits = hitTester();
        Optional<Annotation> selected = state.selectedAnnotation();
        if (selected.isPresent() && hits.handleAt(selected.get(), e.getX(), e.getY(), HANDLE_TOLERANCE).isPresent()) {
            view.setCursor(Cursor.CROSSHAIR);
        } else if (hits.annotationAt(state.map().document().annotations(), e.getX(), e.getY(), PICK_TOLERANCE).isPresent()) {
            view.setCursor(Cursor.MOVE);
        }
    }

    private HitTester hitTester() {
        return AnnotationFigures.hitTester(state.map(), state.viewport());
    }

    // --- drawing --------------------------------------------------------------------------------

    private void toolChanged(AnnotationTool now) {
        changingTool = true;
        try {
            finishEditing();
        } finally {
            changingTool = false;
        }
        if (sketch != null) sketch.cancel();
        sketch = now == AnnotationTool.SELECT ? null : new Sketch(now, this::toMap);
        overlay.clearSketch();
        if (now != AnnotationTool.SELECT && state.selection() != null && state.selection().isAnnotation()) {
            state.clearSelection();
        }
        view.setCursor(now == AnnotationTool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        message.accept(now.label() + ": " + now.hint() + (now == AnnotationTool.SELECT ? "" : " · Esc cancels"));
    }

    /** A finished sketch: make the annotation, asking for its words first where it has some. */
    private void drawn(Sketch.Drawn d) {
        AnnotationTool t = d.tool();
        if (t == AnnotationTool.HIGHLIGHT) {
            highlight(d);
        } else if (t.needsText()) {
            askText(d);
        } else {
            add(t.create(AnnotationIds.next(session.current()), d.points(), null, null, null));
        }
    }

    private void highlight(Sketch.Drawn d) {
        Optional<TaggedRegion> region = state.regionAt(d.x(), d.y());
        if (region.isEmpty()) {
            message.accept("Click inside a region to highlight it");
            return;
        }
        String regionId = region.get().id();
        Optional<Annotation> existing = session.current().stream()
                .filter(a -> a instanceof RegionHighlight h && h.regionId().equals(regionId)).findFirst();
        if (existing.isPresent()) {
            setTool(AnnotationTool.SELECT);
            state.select(Selection.annotation(existing.get().id()));
            message.accept(region.get().name() + " is highlighted already");
            return;
        }
        add(AnnotationTool.HIGHLIGHT.create(AnnotationIds.next(session.current()), List.of(), null, null, regionId));
        message.accept("Highlighted " + region.get().name() + " · Ctrl+Z undoes");
    }

    private void add(Annotation a) {
        session.apply(AnnotationChanges.add(a));
        if (!changingTool) setTool(AnnotationTool.SELECT);
        state.select(Selection.annotation(a.id()));
        message.accept("Added " + a.kind().withArticle() + " · Ctrl+Z undoes");
    }

    private void askText(Sketch.Drawn d) {
        AnnotationTool t = d.tool();
        List<InlineTextEditor.Field> fields = t == AnnotationTool.PIN
                ? List.of(new InlineTextEditor.Field("inlineTitle", "Title", ""),
                        new InlineTextEditor.Field("inlineNote", "Note (optional)", ""))
                : List.of(new InlineTextEditor.Field("inlineText", t == AnnotationTool.CALLOUT ? "Callout text" : "Label text", ""));
        if (t == AnnotationTool.CALLOUT) {
            overlay.draw(t, List.of(toScreen(d.points().get(1)), toScreen(d.points().get(0))));
        }
        openEditor(t.label(), fields, d.x(), d.y(), t == AnnotationTool.PIN, texts -> {
            String text = texts.get(0);
            String note = texts.size() > 1 ? texts.get(1) : "";
            if (t != AnnotationTool.PIN && text.isBlank()) {
                message.accept("Nothing typed: no " + t.kind().noun() + " added");
                return;
            }
            add(t.create(AnnotationIds.next(session.current()), d.points(), text, note, null));
        });
    }

    private void editOnMap(Annotation a) {
        Rectangle2D box = new AnnotationFigures(state.map(), state.viewport()).bounds(a)
                .map(b -> new Rectangle2D(b.getX(), b.getY(), b.getWidth(), b.getHeight()))
                .orElse(new Rectangle2D(view.getWidth() / 2, view.getHeight() / 2, 0, 0));
        List<InlineTextEditor.Field> fields;
        if (a instanceof Pin pin) {
            fields = List.of(new InlineTextEditor.Field("inlineTitle", "Title", pin.title()),
                    new InlineTextEditor.Field("inlineNote", "Note (optional)", pin.note()));
        } else {
            String text = a instanceof TextLabel l ? l.text() : ((Callout) a).text();
            fields = List.of(new InlineTextEditor.Field("inlineText", "Text", text));
        }
        openEditor("Edit " + a.kind().noun(), fields, box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2,
                false, texts -> editText(a, texts.get(0), texts.size() > 1 ? texts.get(1) : ""));
    }

    /** Opens the text card centred on (x, y), or beside it for a pin. */
    private void openEditor(String heading, List<InlineTextEditor.Field> fields, double x, double y, boolean beside,
                            Consumer<List<String>> done) {
        finishEditing();
        InlineTextEditor card = new InlineTextEditor(heading, fields, texts -> {
            closeEditor();
            done.accept(texts);
        }, () -> {
            closeEditor();
            message.accept("Cancelled");
        });
        editor = card;
        view.holdChip(true);
        card.applyCss();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        overlay.showEditor(card, beside ? x + 14 : x - w / 2, beside ? y - 24 : y - h / 2);
        card.focus();
    }

    private void closeEditor() {
        editor = null;
        view.holdChip(false);
        overlay.hideEditor();
        overlay.clearSketch();
        view.requestFocus();
    }

    /** Places whatever is being typed; used before anything else happens. */
    void finishEditing() {
        if (editor != null) editor.commit();
    }

    InlineTextEditor editor() {
        return editor;
    }

    private void problem() {
        if (sketch != null && sketch.problem() != null) message.accept(sketch.problem());
    }

    private void redrawSketch() {
        if (sketch == null || state.map() == null || state.viewport() == null) return;
        if (editor != null) return;
        List<Point2D> points = new ArrayList<>();
        for (LonLat p : sketch.preview()) points.add(toScreen(p));
        overlay.draw(sketch.tool(), points);
    }

    private Optional<LonLat> toMap(double x, double y) {
        return state.lonLatAt(x, y).flatMap(c -> {
            try {
                return Optional.of(new LonLat(c.x, c.y));
            } catch (IllegalArgumentException offTheEarth) {
                return Optional.empty();
            }
        });
    }

    private Point2D toScreen(LonLat p) {
        Viewport v = state.viewport();
        Coordinate c = state.map().projection().project(p.lon(), p.lat());
        return new Point2D(v.toScreenX(c.x), v.toScreenY(c.y));
    }
}
