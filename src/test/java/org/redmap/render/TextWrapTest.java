package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Font;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    private static final Font FONT = MapFrame.TITLE;

    @Test
    void aTitleThatFitsIsLeftWholeAndOneThatDoesNotEndsInAnEllipsisWithinTheWidth() {
        assertThat(TextWrap.fit("Red Compartida", FONT, 400)).isEqualTo("Red Compartida");
        String cut = TextWrap.fit("Red Compartida: who built Mexico's shared 4G/5G network, region by region", FONT, 300);
        assertThat(cut).endsWith("…").startsWith("Red Compartida");
        assertThat(TextPainter.width(cut, FONT)).isLessThanOrEqualTo(300);
        // One more character would not have fitted: the cut is the longest that does.
        String kept = cut.substring(0, cut.length() - 1);
        String longer = "Red Compartida: who built Mexico's shared 4G/5G network, region by region".substring(0, kept.length() + 1);
        assertThat(TextPainter.width(longer.strip() + "…", FONT)).isGreaterThan(300);
    }

    @Test
    void aHundredThousandCharacterTitleIsFittedWithoutMeasuringItAllAgainAndAgain() {
        String title = "Huawei ".repeat(14_286);
        // A guard against the old behaviour (one character off the end per measurement), which
        // took minutes here; the fit itself takes milliseconds.
        String cut = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TextWrap.fit(title, FONT, 1_888));
        assertThat(cut).endsWith("…");
        assertThat(TextPainter.width(cut, FONT)).isLessThanOrEqualTo(1_888).isGreaterThan(1_700);
        String word = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TextWrap.fit("x".repeat(100_000), FONT, 500));
        assertThat(TextPainter.width(word, FONT)).isLessThanOrEqualTo(500);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenIntoLinesThatFit() {
        String url = "https://telecoms.com/481063/start-chopping-the-limes-huawei-and-nokia-are-throwing-a-party-in-mexico/";
        List<String> lines = TextWrap.lines("See " + url + " for the report", MapFrame.SOURCES, 150);
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(lines).allSatisfy(l -> assertThat(TextPainter.width(l, MapFrame.SOURCES)).isLessThanOrEqualTo(150));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(("See" + url + "forthereport"));
    }

    @Test
    void ordinaryWrappingIsGreedyByWords() {
        List<String> lines = TextWrap.lines("Nokia built the core and the border band", FONT, 200);
        assertThat(lines).allSatisfy(l -> assertThat(TextPainter.width(l, FONT)).isLessThanOrEqualTo(200));
        assertThat(String.join(" ", lines)).isEqualTo("Nokia built the core and the border band");
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1).split(" ")[0];
            assertThat(TextPainter.width(lines.get(i) + " " + next, FONT)).isGreaterThan(200);
        }
    }

    @Test
    void aVeryLongWordWrapsInTimeLinearInItsLength() {
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TextWrap.lines("y".repeat(100_000), MapFrame.SOURCES, 300));
        assertThat(String.join("", lines)).hasSize(100_000);
        assertThat(lines).allSatisfy(l -> assertThat(TextPainter.width(l, MapFrame.SOURCES)).isLessThanOrEqualTo(300));
    }
}
