package org.redmap.project;

import org.redmap.render.Composer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.annotation.Arrow;

/** The example in data/README.md is a project redmap opens, so the documentation cannot drift from the reader. */
class DocumentedFormatTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleOpens() throws Exception {
        String readme = Files.readString(Path.of("data/README.md"));
        String section = readme.substring(readme.indexOf("## Project files"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        String json = section.substring(start, section.indexOf("```", start));
        Path file = Files.writeString(dir.resolve("doc.redmap.json"), json);

        OpenedProject opened = ProjectFile.open(file, Fixtures.source());

        assertThat(opened.project().annotations()).singleElement().isInstanceOf(Arrow.class);
        assertThat(opened.project().export().marking()).contains("TLP:CLEAR");
        assertThat(new Composer().overlays(opened.session())).extracting(o -> o.id()).containsExactly("bands");
        assertThat(opened.project().layout().box(PageElement.NORTH_ARROW)).contains(PageBox.at(0.03, 0.2));
        assertThat(opened.project().layout().labels()).hasSize(2);
    }

    @Test
    void theShippedExampleOpensWithAtLeastFourAnnotationKindsAMarkingAndOverlays() throws Exception {
        OpenedProject opened = ProjectFile.open(Fixtures.EXAMPLE, Fixtures.source());

        assertThat(opened.project().annotations().stream().map(a -> a.kind()).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(opened.project().export().marking()).isPresent();
        assertThat(opened.project().export().sourcesFooter()).isTrue();
        assertThat(new Composer().overlays(opened.session())).isNotEmpty();
        // As written by redmap: saving it again in place changes no byte.
        assertThat(new String(ProjectFile.bytes(opened.project(), Fixtures.EXAMPLE), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Fixtures.EXAMPLE));
    }
}
