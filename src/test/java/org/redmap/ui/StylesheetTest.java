package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet parses without an error. JavaFX only logs a CSS error and drops every
 * rule after it, so a lost brace silently unstyles half the window (it once did: the timeline's
 * colours and the annotation editor's headings).
 */
class StylesheetTest {

    @Test
    void theStylesheetHasNoParseErrors() throws Exception {
        URL css = MainWindow.class.getResource("redmap.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).as("CSS errors").isEmpty();
        assertThat(sheet.getRules().stream().flatMap(r -> r.getSelectors().stream()).map(Object::toString))
                .as("rules from the end of the file are there too")
                .anyMatch(s -> s.contains("timeline-disputed")).anyMatch(s -> s.contains("inline-editor-title"));
    }
}
