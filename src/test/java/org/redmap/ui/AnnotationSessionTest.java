package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redmap.annotate.AnnotationChanges;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.RectangleNote;

/** Undo and redo of annotations over the window's state, without a screen. */
class AnnotationSessionTest {

    private final MapState state = new MapState();
    private AnnotationSession session;
    private final Arrow arrow = Arrow.of("a1", new LonLat(-105, 25), new LonLat(-100, 20));
    private final RectangleNote box = RectangleNote.of("a2", new LonLat(-110, 30), new LonLat(-106, 27));

    @BeforeEach
    void showMexico() {
        state.resize(1000, 700);
        state.show(TestMaps.projected());
        session = new AnnotationSession(state);
    }

    private List<Annotation> shown() {
        return state.map().document().annotations();
    }

    @Test
    void changesShowOnTheMapAndUndoAndRedoInOrder() {
        ProjectedMap before = state.map();
        session.apply(AnnotationChanges.add(arrow));
        session.apply(AnnotationChanges.add(box));
        assertThat(shown()).containsExactly(arrow, box);
        assertThat(state.map().regions()).as("shapes reused").isSameAs(before.regions());
        assertThat(session.undoLabelProperty().get()).isEqualTo("Add rectangle");
        assertThat(session.undo()).contains("Add rectangle");
        assertThat(shown()).containsExactly(arrow);
        assertThat(session.redoLabelProperty().get()).isEqualTo("Add rectangle");
        assertThat(session.redo()).contains("Add rectangle");
        assertThat(shown()).containsExactly(arrow, box);
    }

    @Test
    void aDragIsPreviewedAndRecordedAsOneStep() {
        session.apply(AnnotationChanges.add(arrow));
        Arrow moved1 = Arrow.of("a1", new LonLat(-104, 25), new LonLat(-99, 20));
        Arrow moved2 = Arrow.of("a1", new LonLat(-103, 25), new LonLat(-98, 20));
        session.preview(List.of(moved1));
        session.preview(List.of(moved2));
        assertThat(shown()).containsExactly(moved2);
        assertThat(session.current()).containsExactly(arrow);
        session.record("Move arrow", List.of(moved2));
        assertThat(session.undoLabelProperty().get()).isEqualTo("Move arrow");
        session.undo();
        assertThat(shown()).containsExactly(arrow);
        assertThat(session.undo()).contains("Add arrow");
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void aVendorOverrideMadeMeanwhileIsAStepOfTheSameHistory() {
        session.apply(AnnotationChanges.add(arrow));
        state.override("MX-SON", new Vendor("huawei", "Huawei"), "seen");
        assertThat(session.undoLabelProperty().get()).isEqualTo("Set vendor of Sonora");
        assertThat(session.undo()).contains("Set vendor of Sonora");
        assertThat(state.isOverridden("MX-SON")).isFalse();
        assertThat(shown()).containsExactly(arrow);
        assertThat(session.undo()).contains("Add arrow");
        assertThat(shown()).isEmpty();
        assertThat(session.redo()).contains("Add arrow");
        assertThat(session.redo()).contains("Set vendor of Sonora");
        assertThat(state.isOverridden("MX-SON")).isTrue();
        assertThat(shown()).containsExactly(arrow);
    }

    @Test
    void undoingAnAddDeselectsIt() {
        session.apply(AnnotationChanges.add(arrow));
        state.select(Selection.annotation("a1"));
        assertThat(state.selectedAnnotation()).contains(arrow);
        assertThat(state.request(1).orElseThrow().selectedAnnotationId()).isEqualTo("a1");
        session.undo();
        assertThat(state.selection()).isNull();
    }

    @Test
    void anotherMapStartsAFreshHistory() {
        session.apply(AnnotationChanges.add(arrow));
        state.show(TestMaps.projected());
        assertThat(session.canUndo()).isFalse();
        assertThat(session.undoLabelProperty().get()).isNull();
        assertThat(session.current()).isEmpty();
    }
}
