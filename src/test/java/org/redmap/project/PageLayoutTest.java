package org.redmap.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.LabelKind;
import org.redmap.model.annotation.LonLat;

class PageLayoutTest {

    @TempDir
    Path dir;

    private static PageLayout composed() {
        return PageLayout.AUTOMATIC
                .withBox(PageElement.LEGEND, new PageBox(0.7, 0.1, 0.25, 0))
                .withBox(PageElement.INSET, PageBox.at(0.02, 0.6))
                .withInset(true)
                .withLabel(LabelEdit.none(LabelKind.REGION, "MX-CHH").withText("Chihuahua\n(Nokia)"))
                .withLabel(LabelEdit.none(LabelKind.REGION, "MX-TLA").withHidden(true))
                .withLabel(LabelEdit.none(LabelKind.CITY, "city-monterrey").withAt(new LonLat(-99.5, 26.4)));
    }

    @Test
    void aComposedPageSurvivesSaveAndOpen() throws Exception {
        Project project = Project.initial("Composed").withLayout(composed());
        Path file = dir.resolve("p.redmap.json");

        ProjectFile.save(project, file);
        Project read = ProjectFile.read(file);

        assertThat(read.layout()).isEqualTo(project.layout());
        assertThat(read.layout().box(PageElement.LEGEND)).contains(new PageBox(0.7, 0.1, 0.25, 0));
        assertThat(read.layout().label(LabelKind.REGION, "MX-CHH").flatMap(LabelEdit::text)).contains("Chihuahua\n(Nokia)");
        assertThat(read.layout().label(LabelKind.CITY, "city-monterrey").flatMap(LabelEdit::at))
                .contains(new LonLat(-99.5, 26.4));
        assertThat(ProjectFile.bytes(read, file)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aProjectNeverComposedKeepsItsAutomaticPageAndWritesNoLayout() throws Exception {
        Project project = Project.initial("Plain");
        Path file = dir.resolve("plain.redmap.json");

        ProjectFile.save(project, file);

        assertThat(Files.readString(file)).doesNotContain("\"layout\"");
        assertThat(ProjectFile.read(file).layout().isAutomatic()).isTrue();
    }

    @Test
    void anEditThatChangesNothingMakesTheLabelAutomaticAgain() {
        PageLayout layout = composed().withLabel(LabelEdit.none(LabelKind.REGION, "MX-TLA"));

        assertThat(layout.label(LabelKind.REGION, "MX-TLA")).isEmpty();
        assertThat(layout.withBox(PageElement.LEGEND, null).box(PageElement.LEGEND)).isEmpty();
    }

    @Test
    void aMoveStaysOnThePage() {
        PageBox box = PageBox.at(0.9, 0.9).movedBy(0.5, -2, 0.2, 0.1);

        assertThat(box.x()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(box.y()).isZero();
    }

    @Test
    void anUnknownElementOrABoxOffThePageIsRefusedWhereItIs() throws Exception {
        Path unknown = write("u.redmap.json", "\"layout\": {\"elements\": {\"compass\": {\"x\": 0.1, \"y\": 0.1}}}");
        assertThatThrownBy(() -> ProjectFile.read(unknown)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("/layout/elements/compass").hasMessageContaining("movable: legend, north_arrow, inset, title");

        Path off = write("o.redmap.json", "\"layout\": {\"elements\": {\"legend\": {\"x\": 1.4, \"y\": 0.1}}}");
        assertThatThrownBy(() -> ProjectFile.read(off)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("/layout/elements/legend");

        Path twice = write("t.redmap.json", "\"layout\": {\"labels\": [{\"kind\": \"region\", \"id\": \"MX-SON\", \"hidden\": true},"
                + " {\"kind\": \"region\", \"id\": \"MX-SON\", \"text\": \"Son.\"}]}");
        assertThatThrownBy(() -> ProjectFile.read(twice)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("MX-SON").hasMessageContaining("edited twice");
    }

    private Path write(String name, String layout) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"format\": \"redmap-project\", \"version\": 2, \"title\": \"T\","
                + " \"data\": {\"regions\": \"bundled\"}, \"layers\": {\"base\": [\"vendor\"]}, " + layout + "}",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void labelTextIsCheckedLikeEveryOtherText() {
        assertThatThrownBy(() -> new LabelEdit(LabelKind.REGION, "MX-SON", Optional.of("x".repeat(201)), false, Optional.empty()))
                .hasMessageContaining("label text");
    }
}
