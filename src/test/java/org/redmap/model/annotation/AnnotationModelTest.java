package org.redmap.model.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redmap.model.MapDocument;

/** The annotation records and their style refuse what cannot be drawn, and say why. */
class AnnotationModelTest {

    static final LonLat A = new LonLat(-110, 29);
    static final LonLat B = new LonLat(-108, 27);

    @Test
    void styleKeepsItsValuesAndStoresTheColourUpperCase() {
        AnnotationStyle style = new AnnotationStyle("#c62828", 2.5, 12, 0.3);
        assertThat(style.colour()).isEqualTo("#C62828");
        assertThat(style.rgb()).isEqualTo(0xC62828);
        assertThat(style.withLineWidth(4).lineWidth()).isEqualTo(4);
        assertThat(style.withFontSize(20).fontSize()).isEqualTo(20);
        assertThat(style.withFillOpacity(0).fillOpacity()).isZero();
        assertThat(style.withColour("#000000").colour()).isEqualTo("#000000");
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "red;       2;    12; 0.5; colour must be #RRGGBB",
        "#C6282;    2;    12; 0.5; colour must be #RRGGBB",
        "#C62828AA; 2;    12; 0.5; colour must be #RRGGBB",
        "C62828;    2;    12; 0.5; colour must be #RRGGBB",
        "#GGGGGG;   2;    12; 0.5; colour must be #RRGGBB",
        "#C62828;   0;    12; 0.5; line width must be within",
        "#C62828;   21;   12; 0.5; line width must be within",
        "#C62828;   NaN;  12; 0.5; line width must be within",
        "#C62828;   2;    5;  0.5; font size must be within",
        "#C62828;   2;    97; 0.5; font size must be within",
        "#C62828;   2;    Infinity; 0.5; font size must be within",
        "#C62828;   2;    12; -0.1; fill opacity must be within",
        "#C62828;   2;    12; 1.01; fill opacity must be within",
        "#C62828;   2;    12; NaN; fill opacity must be within",
    })
    void styleRejectsWhatCannotBeDrawn(String colour, double width, double font, double opacity, String message) {
        assertThatThrownBy(() -> new AnnotationStyle(colour, width, font, opacity))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void styleNeedsAColour() {
        assertThatThrownBy(() -> new AnnotationStyle(null, 1, 12, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyKindHasAValidDefaultStyleAndANoun() {
        for (AnnotationKind kind : AnnotationKind.values()) {
            assertThat(kind.defaultStyle()).isNotNull();
            assertThat(kind.noun()).isNotBlank().isLowerCase();
        }
        assertThat(Arrow.of("a1", A, B).style()).isEqualTo(AnnotationKind.ARROW.defaultStyle());
    }

    @Test
    void positionsMustBeOnTheEarth() {
        assertThatThrownBy(() -> new LonLat(-181, 0)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> new LonLat(0, 90.5)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new LonLat(Double.NaN, 0)).hasMessageContaining("longitude");
        assertThat(new LonLat(-100, 20).plus(1, -1)).isEqualTo(new LonLat(-99, 19));
    }

    @Test
    void recordsRefuseMissingIdsTextsAndTooFewVertices() {
        assertThatThrownBy(() -> TextLabel.of(" ", A, "x")).hasMessageContaining("id is blank");
        assertThatThrownBy(() -> TextLabel.of("a1", A, "  ")).hasMessageContaining("label text is empty");
        assertThatThrownBy(() -> Callout.of("a1", A, B, "")).hasMessageContaining("callout text is empty");
        assertThatThrownBy(() -> PolygonNote.of("a1", List.of(A, B))).hasMessageContaining("at least 3 vertices");
        assertThatThrownBy(() -> RegionHighlight.of("a1", "")).hasMessageContaining("region id is empty");
        assertThatThrownBy(() -> Arrow.of("a1", null, B)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPinsTitleAndNoteMayBeEmpty() {
        Pin pin = new Pin("a1", A, null, null, AnnotationKind.PIN.defaultStyle());
        assertThat(pin.title()).isEmpty();
        assertThat(pin.note()).isEmpty();
        assertThat(pin.hasTitle()).isFalse();
        assertThat(pin.withTitle("Data centre").hasTitle()).isTrue();
    }

    @Test
    void positionsRoundTripThroughWithPositions() {
        List<Annotation> all = List.of(TextLabel.of("a1", A, "t"), Callout.of("a2", A, B, "t"), Arrow.of("a3", A, B),
                RectangleNote.of("a4", A, B), EllipseNote.of("a5", A, B),
                PolygonNote.of("a6", List.of(A, B, new LonLat(-109, 30))), Pin.of("a7", A, "T", "n"),
                RegionHighlight.of("a8", "MX-SON"));
        for (Annotation a : all) {
            assertThat(a.withPositions(a.positions())).isEqualTo(a);
            assertThatThrownBy(() -> a.withPositions(List.of(A, B, A, B))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMovedCalloutKeepsPointingAtItsTarget() {
        Callout moved = Callout.of("a1", A, B, "t").movedBy(p -> p.plus(1, 1));
        assertThat(moved.anchor()).isEqualTo(A.plus(1, 1));
        assertThat(moved.target()).isEqualTo(B);
        Arrow arrow = (Arrow) Arrow.of("a2", A, B).movedBy(p -> p.plus(1, 1));
        assertThat(arrow.from()).isEqualTo(A.plus(1, 1));
        assertThat(arrow.to()).isEqualTo(B.plus(1, 1));
    }

    @Test
    void documentKeepsItsAnnotationsThroughEveryChange() {
        MapDocument empty = new MapDocument("t", "s", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(empty.annotations()).isEmpty();
        List<Annotation> notes = List.of(Arrow.of("a1", A, B), TextLabel.of("a2", A, "Sonora"));
        MapDocument annotated = empty.withAnnotations(notes);
        assertThat(annotated.annotations()).containsExactlyElementsOf(notes);
        assertThat(annotated.withTitle("other").annotations()).isEqualTo(notes);
        assertThat(annotated.withRegions("other.geojson", List.of()).annotations()).isEqualTo(notes);
        assertThat(empty.annotations()).isEmpty();
    }

    @Test
    void documentRefusesTwoAnnotationsWithOneId() {
        MapDocument empty = new MapDocument("t", "s", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThatThrownBy(() -> empty.withAnnotations(List.of(Arrow.of("a1", A, B), TextLabel.of("a1", A, "x"))))
                .hasMessageContaining("'a1'");
    }
}
