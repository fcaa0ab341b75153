package org.redmap.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redmap.annotate.Fixtures.ARROW;
import static org.redmap.annotate.Fixtures.LABEL;
import static org.redmap.annotate.Fixtures.PIN;
import static org.redmap.annotate.Fixtures.PROJECTION;
import static org.redmap.annotate.Fixtures.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.model.MapDocument;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.LonLat;

class HistoryTest {

    static Change<Integer> add(int n) {
        return new Change<>("Add " + n, x -> x + n);
    }

    @Test
    void applyThreeUndoTwoRedoOneThenANewChangeClearsRedo() {
        History<Integer> h = History.start(0).apply(add(1)).apply(add(10)).apply(add(100));
        assertThat(h.current()).isEqualTo(111);
        assertThat(h.undoLabel()).contains("Add 100");

        h = h.undo().undo();
        assertThat(h.current()).isEqualTo(1);
        assertThat(h.canUndo()).isTrue();
        assertThat(h.canRedo()).isTrue();
        assertThat(h.redoDepth()).isEqualTo(2);
        assertThat(h.redoLabel()).contains("Add 10");

        h = h.redo();
        assertThat(h.current()).isEqualTo(11);
        assertThat(h.redoLabel()).contains("Add 100");
        assertThat(h.undoLabel()).contains("Add 10");

        h = h.apply(add(1000));
        assertThat(h.current()).isEqualTo(1011);
        assertThat(h.canRedo()).isFalse();
        assertThat(h.redoLabel()).isEmpty();
        assertThat(h.undoDepth()).isEqualTo(3);

        h = h.undo().undo().undo();
        assertThat(h.current()).isZero();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undoLabel()).isEmpty();
    }

    @Test
    void historiesAreImmutable() {
        History<Integer> start = History.start(5);
        History<Integer> next = start.apply(add(1));
        assertThat(start.current()).isEqualTo(5);
        assertThat(start.canUndo()).isFalse();
        next.undo();
        assertThat(next.current()).isEqualTo(6);
    }

    @Test
    void undoAndRedoWithNothingThereAreErrors() {
        assertThatThrownBy(() -> History.start(0).undo()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> History.start(0).redo()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> History.start(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        History<Integer> h = History.start(3).apply(add(1));
        assertThat(h.apply(add(0))).isSameAs(h);
        assertThat(h.record("Nothing", 4)).isSameAs(h);
    }

    @Test
    void onlyTheNewestStepsAreKept() {
        History<Integer> h = History.start(0, 200);
        for (int i = 0; i < 250; i++) h = h.apply(add(1));
        assertThat(h.current()).isEqualTo(250);
        assertThat(h.undoDepth()).isEqualTo(200);
        while (h.canUndo()) h = h.undo();
        assertThat(h.current()).isEqualTo(50);
        assertThat(History.start(0).maxDepth()).isEqualTo(History.DEFAULT_DEPTH);
    }

    @Test
    void annotationChangesUndoExactly() {
        List<Annotation> start = List.of(LABEL, ARROW);
        History<List<Annotation>> h = History.start(start)
                .apply(AnnotationChanges.add(PIN))
                .apply(AnnotationChanges.move(ARROW, 1, 1))
                .apply(AnnotationChanges.sendToBack(PIN));
        assertThat(ids(h.current())).containsExactly("a7", "a1", "a3");
        assertThat(h.undoLabel()).contains("Send pin to back");
        h = h.undo().undo();
        assertThat(h.current()).containsExactly(LABEL, ARROW, PIN);
        h = h.undo();
        assertThat(h.current()).isEqualTo(start);
    }

    @Test
    void aChangeToTheAnnotationsIsAChangeToTheDocument() {
        MapDocument doc = new MapDocument("t", "s", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()).withAnnotations(List.of(ARROW));
        Change<MapDocument> move = AnnotationChanges.move(ARROW, 0.5, 0).on(MapDocument::annotations, MapDocument::withAnnotations);
        History<MapDocument> h = History.start(doc).apply(move);
        assertThat(h.current().annotations().get(0).positions().get(0)).isEqualTo(ARROW.from().plus(0.5, 0));
        assertThat(h.undoLabel()).contains("Move arrow");
        assertThat(h.undo().current()).isEqualTo(doc);
        // A no-op on the part is a no-op on the whole: nothing is recorded.
        assertThat(h.apply(AnnotationChanges.bringToFront(ARROW).on(MapDocument::annotations, MapDocument::withAnnotations)))
                .isSameAs(h);
    }

    @Test
    void changesAreLabelledForTheEditMenu() {
        assertThat(AnnotationChanges.add(ARROW).label()).isEqualTo("Add arrow");
        assertThat(AnnotationChanges.delete(LABEL).label()).isEqualTo("Delete text label");
        assertThat(AnnotationChanges.move(ARROW, 1, 1).label()).isEqualTo("Move arrow");
        assertThat(AnnotationChanges.moveByPixels(PIN, 1, 1, new org.redmap.geo.Viewport(0, 0, 1, 10, 10), PROJECTION)
                .label()).isEqualTo("Move pin");
        assertThat(AnnotationChanges.moveHandle(ARROW, 1, new LonLat(0, 0), PROJECTION).label()).isEqualTo("Resize arrow");
        assertThat(AnnotationChanges.moveHandle(Fixtures.POLYGON, 1, new LonLat(0, 0), PROJECTION).label())
                .isEqualTo("Reshape polygon");
        assertThat(AnnotationChanges.moveHandle(Fixtures.CALLOUT, 0, new LonLat(0, 0), PROJECTION).label())
                .isEqualTo("Retarget callout");
        assertThat(AnnotationChanges.editText(Fixtures.CALLOUT, "x").label()).isEqualTo("Edit callout text");
        assertThat(AnnotationChanges.editTitle(PIN, "x").label()).isEqualTo("Edit pin title");
        assertThat(AnnotationChanges.restyle(Fixtures.HIGHLIGHT, ARROW.style()).label()).isEqualTo("Restyle region highlight");
        assertThat(AnnotationChanges.bringForward(ARROW).label()).isEqualTo("Bring arrow forward");
        assertThat(AnnotationChanges.sendBackward(ARROW).label()).isEqualTo("Send arrow backward");
        assertThat(AnnotationChanges.bringToFront(ARROW).label()).isEqualTo("Bring arrow to front");
    }

    @Test
    void amendFoldsIntoTheLastStepAndBackToItsStartTakesTheStepAway() {
        History<Integer> h = History.start(0).apply(add(1)).record("Drag", 5).amend("Drag", 7).amend("Drag", 9);
        assertThat(h.current()).isEqualTo(9);
        assertThat(h.undoDepth()).isEqualTo(2);
        assertThat(h.undoLabel()).contains("Drag");
        assertThat(h.undo().current()).isEqualTo(1);

        History<Integer> back = h.amend("Drag", 1);
        assertThat(back.current()).isEqualTo(1);
        assertThat(back.undoDepth()).isOne();
        assertThat(back.undoLabel()).contains("Add 1");
        assertThat(History.start(0).amend("Drag", 3).undoLabel()).as("nothing to fold into: recorded").contains("Drag");
    }
}
