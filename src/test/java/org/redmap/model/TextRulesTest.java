package org.redmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void aTitleOverItsLimitIsNamedWithItsLengthAndTheLimit() {
        assertThat(TextRules.TITLE.lengthProblem("x".repeat(1_000))).isEmpty();
        assertThat(TextRules.TITLE.lengthProblem("x".repeat(100_000)))
                .contains("title is 100,000 characters; at most 1,000");
        assertThat(TextRules.NOTE.lengthProblem("x".repeat(10_000))).isEmpty();
        assertThat(TextRules.NOTE.lengthProblem("x".repeat(10_001))).contains("note is 10,001 characters; at most 10,000");
    }

    @Test
    void lengthsCountCharactersAsReadNotUtf16Units() {
        String emoji = "\uD83D\uDCE1"; // one satellite antenna, two UTF-16 units
        assertThat(TextRules.TITLE.lengthProblem(emoji.repeat(1_000))).isEmpty();
    }

    @Test
    void controlCharactersAreNamedAsCodePoints() {
        assertThat(TextRules.TITLE.forbiddenCharacter("Bell\u0007 here")).contains("U+0007");
        assertThat(TextRules.TITLE.forbiddenCharacter("a\u0001b")).contains("U+0001");
        assertThat(TextRules.NOTE.forbiddenCharacter("c1\u0085")).contains("U+0085");
        assertThat(TextRules.NOTE.forbiddenCharacter("lone \uD800 surrogate")).contains("U+D800");
        assertThat(TextRules.NOTE.forbiddenCharacter("\uFFFF")).contains("U+FFFF");
        assertThat(TextRules.NOTE.forbiddenCharacter("two\nlines\tand a tab, Culiacán \uD83D\uDCE1")).isEmpty();
        assertThat(TextRules.TITLE.problem("Bell\u0007")).get().asString()
                .isEqualTo("title holds the control character U+0007, which no export can carry");
    }

    @Test
    void strippingKeepsLineBreaksOnlyWhereTheTextMayHaveThem() {
        assertThat(TextRules.NOTE.strip("a\u0001b\nc\u007F")).isEqualTo("ab\nc");
        assertThat(TextRules.TITLE.strip("a\u0001b\nc")).isEqualTo("ab c");
        String clean = "Huawei's northern cities";
        assertThat(TextRules.withoutControls(clean, false)).isSameAs(clean);
    }
}
