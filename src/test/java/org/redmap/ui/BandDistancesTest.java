package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BandDistancesTest {

    @Test
    void readsCommaSeparatedKilometres() {
        assertThat(BandDistances.parse("50, 100, 200")).containsExactly(50.0, 100.0, 200.0);
    }

    @Test
    void acceptsOtherSeparatorsUnitsAndAnyOrder() {
        assertThat(BandDistances.parse(" 200 km; 50km 100,12.5 ")).containsExactly(12.5, 50.0, 100.0, 200.0);
        assertThat(BandDistances.parse("25 75 km")).containsExactly(25.0, 75.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|Type one or more distances",
            "km|Type one or more distances",
            "50, abc|'abc' is not a distance",
            "50, -10|'-10' is not a distance",
            "0, 50|above 0 km",
            "50, 5000|5000 km is farther than any place",
            "50, 50.0|50 km is given twice",
            "1e3|'1e3' is not a distance",
            "50,,100 x|'x' is not a distance",
            "1 2 3 4 5 6 7 8 9 10 11|At most 10 bands; 11 were given"})
    void explainsWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> BandDistances.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void formatsTheWayItReads() {
        List<Double> km = List.of(12.5, 50.0, 100.0);
        assertThat(BandDistances.format(km)).isEqualTo("12.5, 50, 100");
        assertThat(BandDistances.parse(BandDistances.format(km))).isEqualTo(km);
    }
}
