package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redmap.model.TextRules;

class TextLimitTest {

    @Test
    void aPasteIsTakenUpToTheLimitAndTheAnalystIsToldWhy() {
        TextLimit.Admitted a = TextLimit.admit(990, "0123456789ABCDEF", TextRules.TITLE);
        assertThat(a.text()).isEqualTo("0123456789");
        assertThat(a.notice()).isEqualTo("The title holds at most 1,000 characters: the rest was not taken.");
    }

    @Test
    void controlCharactersAreLeftOutWithANotice() {
        TextLimit.Admitted a = TextLimit.admit(0, "Bell\u0007 here", TextRules.TITLE);
        assertThat(a.text()).isEqualTo("Bell here");
        assertThat(a.notice()).contains("Control characters were left out of the title");
    }

    @Test
    void ordinaryTypingPassesUntouched() {
        TextLimit.Admitted a = TextLimit.admit(12, "é", TextRules.NOTE);
        assertThat(a.text()).isEqualTo("é");
        assertThat(a.notice()).isEmpty();
        assertThat(TextLimit.admit(0, "two\nlines", TextRules.NOTE).text()).isEqualTo("two\nlines");
    }

    @Test
    void aFullFieldTakesNothingMore() {
        assertThat(TextLimit.admit(1_000, "x", TextRules.TITLE).text()).isEmpty();
    }
}
