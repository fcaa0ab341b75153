package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionOfTheSource() {
        assertThat(PartialDate.parse("2019")).hasToString("2019");
        assertThat(PartialDate.parse("2019-09")).hasToString("2019-09");
        assertThat(PartialDate.parse(" 2022-11-30 ")).hasToString("2022-11-30");
        assertThat(PartialDate.parse("2020-02").end()).hasToString("2020-02-29");
        assertThat(PartialDate.parse("2021").middle()).hasToString("2021-07-02");
        assertThat(PartialDate.parse("2019-09").compareTo(PartialDate.parse("2019-09-04"))).isNegative();
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("late 2020")).hasMessageContaining("YYYY");
        assertThatThrownBy(() -> PartialDate.parse("21-02")).hasMessageContaining("YYYY");
    }
}
