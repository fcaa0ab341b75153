package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redmap.model.LabelNames;

class LabelNamesReaderTest {

    private final LabelNamesReader reader = new LabelNamesReader();

    @Test
    void theBundledFilesNameEveryStateAndLeon() throws Exception {
        LabelNames names = reader.bundled();

        assertThat(names.regionAbbreviations()).hasSize(32)
                .containsEntry("MX-CHH", "Chih.").containsEntry("MX-OAX", "Oax.").containsEntry("MX-CMX", "CDMX")
                .containsEntry("MX-MEX", "Mex.").containsEntry("MX-ROO", "Q. Roo");
        assertThat(names.cityNames()).containsEntry("León de los Aldama", "León");
    }

    @Test
    void aKeyThatIsNotAnIsoCodeIsRefusedWithItsPlace() {
        String json = """
                {"format": "redmap-state-abbreviations", "version": 1, "source": "test",
                 "abbreviations": {"Chihuahua": "Chih."}}""";

        assertThatThrownBy(() -> reader.abbreviations(json.getBytes(StandardCharsets.UTF_8), "abbr.json"))
                .isInstanceOf(JsonFileException.class)
                .hasMessageContaining("abbr.json").hasMessageContaining("/abbreviations/Chihuahua")
                .hasMessageContaining("ISO 3166-2");
    }

    @Test
    void aMisspeltKeyOrABlankNameIsRefused() {
        String misspelt = """
                {"format": "redmap-city-names", "version": 1, "nmaes": {}}""";
        String blank = """
                {"format": "redmap-city-names", "version": 1, "names": {"León de los Aldama": " "}}""";

        assertThatThrownBy(() -> reader.cityNames(misspelt.getBytes(StandardCharsets.UTF_8), "c.json"))
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> reader.cityNames(blank.getBytes(StandardCharsets.UTF_8), "c.json"))
                .hasMessageContaining("non-blank");
    }
}
