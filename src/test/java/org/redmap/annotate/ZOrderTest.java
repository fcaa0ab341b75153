package org.redmap.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.annotate.Fixtures.ARROW;
import static org.redmap.annotate.Fixtures.CALLOUT;
import static org.redmap.annotate.Fixtures.LABEL;
import static org.redmap.annotate.Fixtures.PIN;
import static org.redmap.annotate.Fixtures.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.model.annotation.Annotation;

class ZOrderTest {

    static final List<Annotation> STACK = List.of(LABEL, CALLOUT, ARROW, PIN); // a1 bottom, a7 top

    @Test
    void bringForwardAndSendBackwardSwapWithTheNeighbour() {
        assertThat(ids(ZOrder.bringForward(STACK, "a2"))).containsExactly("a1", "a3", "a2", "a7");
        assertThat(ids(ZOrder.sendBackward(STACK, "a3"))).containsExactly("a1", "a3", "a2", "a7");
    }

    @Test
    void toFrontAndToBackGoAllTheWay() {
        assertThat(ids(ZOrder.bringToFront(STACK, "a1"))).containsExactly("a2", "a3", "a7", "a1");
        assertThat(ids(ZOrder.sendToBack(STACK, "a7"))).containsExactly("a7", "a1", "a2", "a3");
    }

    @Test
    void movingPastTheEndChangesNothing() {
        assertThat(ZOrder.bringForward(STACK, "a7")).isSameAs(STACK);
        assertThat(ZOrder.bringToFront(STACK, "a7")).isSameAs(STACK);
        assertThat(ZOrder.sendBackward(STACK, "a1")).isSameAs(STACK);
        assertThat(ZOrder.sendToBack(STACK, "a1")).isSameAs(STACK);
    }
}
