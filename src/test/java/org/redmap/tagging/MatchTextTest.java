package org.redmap.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void inegiCodesArePaddedToTwoDigits() {
        assertThat(MatchText.inegi("1")).isEqualTo("01");
        assertThat(MatchText.inegi(" 05 ")).isEqualTo("05");
        assertThat(MatchText.inegi(5)).isEqualTo("05");
        assertThat(MatchText.inegi(5.0)).isEqualTo("05");
        assertThat(MatchText.inegi("05035")).isEqualTo("05035");
        assertThat(MatchText.inegi(5.5)).isNull();
        assertThat(MatchText.inegi("MX-COA")).isNull();
        assertThat(MatchText.inegi(null)).isNull();
    }

    @Test
    void namesFoldAccentsCaseAndPunctuation() {
        assertThat(MatchText.name("Nuevo León")).isEqualTo(MatchText.name("NUEVO  LEON"));
        assertThat(MatchText.name("Gustavo A. Madero")).isEqualTo("gustavo a madero");
        assertThat(MatchText.name("Peñón")).isEqualTo("penon");
        assertThat(MatchText.name(" - ")).isNull();
    }

    @Test
    void isoCodesAreUpperCased() {
        assertThat(MatchText.iso(" mx-son ")).isEqualTo("MX-SON");
        assertThat(MatchText.iso("")).isNull();
    }
}
