package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redmap.analysis.DataFileException;

/** Which banner a marking line gets: the level or label at its start, else the neutral banner. */
class MarkingTest {

    private static final Color ORANGE = new Color(0xFF8C00);
    private static final Color RED = new Color(0xC8102E);
    private static final Color BLUE = new Color(0x0033A0);
    private static final Color GREEN = new Color(0x007A33);
    private static final Color PURPLE = new Color(0x502B85);
    private static final Color GREY = new Color(0x4D4D4D);

    @ParameterizedTest(name = "{0} → {1} on {2}")
    @CsvSource(delimiter = ';', value = {
            "TOP SECRET//SI//NOFORN; 000000; FF8C00",
            "TOP SECRET; 000000; FF8C00",
            "SECRET//NOFORN; FFFFFF; C8102E",
            "secret//noforn; FFFFFF; C8102E",
            "'  Secret  '; FFFFFF; C8102E",
            "SECRET // NOFORN; FFFFFF; C8102E",
            "CONFIDENTIAL//REL TO USA, MEX; FFFFFF; 0033A0",
            "UNCLASSIFIED//FOUO; FFFFFF; 007A33",
            "UNCLASSIFIED; FFFFFF; 007A33",
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY; FFFFFF; 007A33",
            "CUI; FFFFFF; 502B85",
            "CUI//SP-PRVCY; FFFFFF; 502B85",
            "Controlled Unclassified Information; FFFFFF; 502B85",
            "TLP:RED; FF2B2B; 000000",
            "TLP:AMBER+STRICT; FFC000; 000000",
            "tlp:amber; FFC000; 000000",
            "TLP:GREEN; 33FF00; 000000",
            "TLP:CLEAR; FFFFFF; 000000",
            "TLP:CLEAR – share freely; FFFFFF; 000000",
            // Not a level followed by the end or "//": the neutral banner.
            "SECRETARIAT NOTES; FFFFFF; 4D4D4D",
            "SECRET NOFORN; FFFFFF; 4D4D4D",
            "TOP SECRETS; FFFFFF; 4D4D4D",
            "NOT SECRET; FFFFFF; 4D4D4D",
            "CUIDADO; FFFFFF; 4D4D4D",
            "TLP:AMBERX; FFFFFF; 4D4D4D",
            "TLP:WHITE; FFFFFF; 4D4D4D",
            "DRAFT; FFFFFF; 4D4D4D",
            "INTERNAL; FFFFFF; 4D4D4D"})
    void aBannerLineGetsItsLevelsOrLabelsColours(String line, String text, String background) {
        Marking m = Marking.of(line);
        assertThat(m.background()).as("background").isEqualTo(new Color(Integer.parseInt(background, 16)));
        assertThat(m.foreground()).as("text").isEqualTo(new Color(Integer.parseInt(text, 16)));
    }

    @Test
    void theConventionalColoursAreTheCoverSheetsAndBannerPractices() {
        assertThat(Marking.of("TOP SECRET").background()).isEqualTo(ORANGE);
        assertThat(Marking.of("SECRET").background()).isEqualTo(RED);
        assertThat(Marking.of("CONFIDENTIAL").background()).isEqualTo(BLUE);
        assertThat(Marking.of("UNCLASSIFIED").background()).isEqualTo(GREEN);
        assertThat(Marking.of("CUI").background()).isEqualTo(PURPLE);
        assertThat(Marking.of("Internal draft").background()).isEqualTo(GREY);
    }

    @Test
    void everyBannersTextIsLegibleOnItsColour() {
        List<Marking> all = new java.util.ArrayList<>(Marking.common());
        all.add(Marking.of("DRAFT"));
        for (Marking m : all) {
            assertThat(Contrast.ratio(m.background(), m.foreground())).as(m.text()).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, org.assertj.core.data.Offset.offset(1e-9));
        // The choice that would fail: white on TOP SECRET's orange.
        assertThat(Contrast.ratio(ORANGE, Color.WHITE)).isLessThan(4.5);
    }

    @Test
    void aRecognisedMarkingPrintsInCapitalsAndFreeTextAsTyped() {
        assertThat(Marking.of(" secret//noforn ").text()).isEqualTo("SECRET//NOFORN");
        assertThat(Marking.of("tlp:red").text()).isEqualTo("TLP:RED");
        assertThat(Marking.of("Internal draft").text()).isEqualTo("Internal draft");
        assertThat(Marking.common()).extracting(Marking::text).contains("TLP:AMBER+STRICT", "TOP SECRET", "CUI");
    }

    @Test
    void theLongerLabelWinsWhateverTheFilesOrder() {
        MarkingColours.Colours amber = new MarkingColours.Colours(Color.BLACK, new Color(0xFFC000));
        MarkingColours.Colours strict = new MarkingColours.Colours(Color.BLACK, Color.WHITE);
        MarkingColours.Colours grey = new MarkingColours.Colours(GREY, Color.WHITE);
        MarkingColours table = new MarkingColours(
                List.of(new MarkingColours.Entry("SECRET", grey), new MarkingColours.Entry("TOP SECRET", amber)),
                List.of(new MarkingColours.Entry("TLP:AMBER", amber), new MarkingColours.Entry("TLP:AMBER+STRICT", strict)),
                grey);
        assertThat(table.recognise("TLP:AMBER+STRICT").orElseThrow().name()).isEqualTo("TLP:AMBER+STRICT");
        assertThat(table.recognise("TOP SECRET//SI").orElseThrow().name()).isEqualTo("TOP SECRET");
    }

    @Test
    void aTableWithIllegibleTextOrABadColourIsRefusedWithThePlace() {
        String low = """
                {"format": "redmap-marking-colours", "version": 1,
                 "levels": [{"level": "TOP SECRET", "background": "#FF8C00", "text": "#FFFFFF"}],
                 "tlp": [{"label": "TLP:CLEAR", "background": "#000000", "text": "#FFFFFF"}],
                 "other": {"background": "#4D4D4D", "text": "#FFFFFF"}}""";
        assertThatThrownBy(() -> read(low)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("/levels/0/text").hasMessageContaining("contrast ratio of 2.");
        String bad = low.replace("\"#FF8C00\", \"text\": \"#FFFFFF\"", "\"orange\", \"text\": \"#000000\"");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("/levels/0/background").hasMessageContaining("#RRGGBB");
        String twice = low.replace("\"TLP:CLEAR\"", "\"top secret\"").replace("\"#FF8C00\", \"text\": \"#FFFFFF\"",
                "\"#FF8C00\", \"text\": \"#000000\"");
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("/tlp/0/label").hasMessageContaining("listed twice");
    }

    private static MarkingColours read(String json) throws DataFileException {
        return new MarkingColoursReader().read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }
}
