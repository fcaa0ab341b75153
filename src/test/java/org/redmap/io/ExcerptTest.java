package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void longTextIsCutAtFortyCharactersAndMarked() {
        String passwd = "root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin";
        assertThat(Excerpt.quoted(passwd)).isEqualTo("'root:x:0:0:root:/root:/bin/bash daemon:x…'");
        assertThat(Excerpt.of("short")).isEqualTo("short");
    }

    @Test
    void controlCharactersAreEscaped() {
        assertThat(Excerpt.of("a\u0001b\u0007\n")).isEqualTo("a\\u0001b\\u0007\\u000A");
    }

    @Test
    void jacksonsQuotedTokensAreShortened() {
        String token = "x".repeat(256);
        String message = "Unrecognized token '" + token + "': was expecting (JSON String, Number, Array, Object or token 'null')";
        assertThat(Excerpt.inMessage(message)).isEqualTo("Unrecognized token '" + "x".repeat(40)
                + "…': was expecting (JSON String, Number, Array, Object or token 'null')");
    }
}
