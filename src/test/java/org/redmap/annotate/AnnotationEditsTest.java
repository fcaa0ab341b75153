package org.redmap.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redmap.annotate.Fixtures.ALL;
import static org.redmap.annotate.Fixtures.ARROW;
import static org.redmap.annotate.Fixtures.CALLOUT;
import static org.redmap.annotate.Fixtures.LABEL;
import static org.redmap.annotate.Fixtures.PIN;
import static org.redmap.annotate.Fixtures.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.TextLabel;

class AnnotationEditsTest {

    @Test
    void addPutsTheNewAnnotationOnTopAndLeavesTheInputAlone() {
        List<Annotation> before = List.of(LABEL, ARROW);
        TextLabel added = TextLabel.of(AnnotationIds.next(before), new LonLat(-100, 20), "New");
        List<Annotation> after = AnnotationEdits.add(before, added);
        assertThat(ids(after)).containsExactly("a1", "a3", "a4");
        assertThat(ids(before)).containsExactly("a1", "a3");
    }

    @Test
    void addRefusesAnIdInUse() {
        assertThatThrownBy(() -> AnnotationEdits.add(List.of(LABEL), TextLabel.of("a1", new LonLat(0, 0), "x")))
                .hasMessageContaining("'a1' exists already");
    }

    @Test
    void nextIdCountsAboveTheHighestOfOurs() {
        assertThat(AnnotationIds.next(List.of())).isEqualTo("a1");
        assertThat(AnnotationIds.next(ALL)).isEqualTo("a9");
        assertThat(AnnotationIds.next(List.of(TextLabel.of("imported-7", new LonLat(0, 0), "x"), PIN))).isEqualTo("a8");
    }

    @Test
    void deleteRemovesOnlyThatAnnotation() {
        assertThat(ids(AnnotationEdits.delete(ALL, "a3"))).containsExactly("a1", "a2", "a4", "a5", "a6", "a7", "a8");
    }

    @Test
    void anUnknownIdIsAnError() {
        assertThatThrownBy(() -> AnnotationEdits.delete(ALL, "zz")).hasMessageContaining("no annotation 'zz'");
        assertThatThrownBy(() -> AnnotationEdits.restyle(ALL, "zz", ARROW.style())).hasMessageContaining("'zz'");
        assertThatThrownBy(() -> AnnotationMoves.moveBy(ALL, "zz", 1, 1)).hasMessageContaining("'zz'");
        assertThatThrownBy(() -> ZOrder.bringToFront(ALL, "zz")).hasMessageContaining("'zz'");
    }

    @Test
    void editTextChangesLabelsCalloutsAndPinNotes() {
        List<Annotation> out = AnnotationEdits.editText(ALL, "a1", "Nokia: north");
        out = AnnotationEdits.editText(out, "a2", "Reuters, 2019");
        out = AnnotationEdits.editText(out, "a7", "Nokia, geo-redundant");
        assertThat(((TextLabel) AnnotationEdits.get(out, "a1")).text()).isEqualTo("Nokia: north");
        assertThat(((Callout) AnnotationEdits.get(out, "a2")).text()).isEqualTo("Reuters, 2019");
        assertThat(((Pin) AnnotationEdits.get(out, "a7")).note()).isEqualTo("Nokia, geo-redundant");
        assertThat(ids(out)).isEqualTo(ids(ALL));
        assertThat(AnnotationEdits.get(ALL, "a1")).isEqualTo(LABEL);
    }

    @Test
    void editTextRefusesShapesAndEmptyLabels() {
        assertThatThrownBy(() -> AnnotationEdits.editText(ALL, "a3", "x")).hasMessageContaining("an arrow has no text")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnotationEdits.editText(ALL, "a1", " ")).hasMessageContaining("empty");
    }

    @Test
    void editTitleIsForPins() {
        List<Annotation> out = AnnotationEdits.editTitle(ALL, "a7", "");
        assertThat(((Pin) AnnotationEdits.get(out, "a7")).hasTitle()).isFalse();
        assertThatThrownBy(() -> AnnotationEdits.editTitle(ALL, "a1", "x")).hasMessageContaining("has no title");
    }

    @Test
    void restyleChangesOnlyTheStyle() {
        AnnotationStyle blue = ARROW.style().withColour("#0055AA").withLineWidth(5);
        List<Annotation> out = AnnotationEdits.restyle(ALL, "a3", blue);
        assertThat(AnnotationEdits.get(out, "a3")).isEqualTo(ARROW.withStyle(blue));
        assertThat(AnnotationEdits.get(out, "a3").positions()).isEqualTo(ARROW.positions());
    }

    @Test
    void anEditThatChangesNothingReturnsTheSameList() {
        assertThat(AnnotationEdits.restyle(ALL, "a3", ARROW.style())).isSameAs(ALL);
        assertThat(AnnotationEdits.editText(ALL, "a2", CALLOUT.text())).isSameAs(ALL);
    }
}
