package org.redmap.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.annotation.Annotation;

/** An annotation's legend label lives in its style in the project file: saved only when set, read strictly. */
class LegendLabelFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String annotationStyle) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\n  \"format\": \"redmap-project\",\n  \"version\": 1,\n  \"title\": \"T\",\n"
                + "  \"data\": {\"regions\": \"bundled\"},\n  \"layers\": {\"base\": [\"vendor\", \"title\"]},\n"
                + "  \"annotations\": [\n    {\"type\": \"rectangle\", \"id\": \"r\", \"corner1\": [-104, 22], \"corner2\": [-102, 20]"
                + annotationStyle + "}\n  ]\n}\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aLegendLabelSurvivesSaveAndOpen() throws Exception {
        Project read = ProjectFile.read(write("a.redmap.json", ", \"style\": {\"legend_label\": \"Planned trial area\"}"));
        Annotation a = read.annotations().get(0);
        assertThat(a.style().legendLabel()).isEqualTo("Planned trial area");

        Path again = dir.resolve("b.redmap.json");
        ProjectFile.save(read, again);
        assertThat(Files.readString(again)).contains("\"legend_label\": \"Planned trial area\"");
        assertThat(ProjectFile.read(again).annotations()).isEqualTo(read.annotations());
    }

    @Test
    void anAnnotationWithoutOneHasNoLegendEntryAndSavesNoKey() throws Exception {
        Project read = ProjectFile.read(write("old.redmap.json", ", \"style\": {\"colour\": \"#123456\"}"));
        assertThat(read.annotations().get(0).style().inLegend()).isFalse();
        Path again = dir.resolve("old-again.redmap.json");
        ProjectFile.save(read, again);
        assertThat(Files.readString(again)).doesNotContain("legend_label");
    }

    @Test
    void aBadLegendLabelIsRefusedWhereItIs() throws Exception {
        assertThatThrownBy(() -> ProjectFile.read(write("n.redmap.json", ", \"style\": {\"legend_label\": 5}")))
                .hasMessageContaining("/annotations/0/style/legend_label").hasMessageContaining("must be a string");
        assertThatThrownBy(() -> ProjectFile.read(write("l.redmap.json", ", \"style\": {\"legend_label\": \"" + "x".repeat(121) + "\"}")))
                .hasMessageContaining("/annotations/0/style").hasMessageContaining("legend label is 121 characters; at most 120");
    }
}
