package org.redmap.export;

import org.redmap.project.ExportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

class MapExporterTest {

    @TempDir
    Path dir;

    private final MapExporter exporter = new MapExporter(new MapRenderer(), PdfExporterTest.FIXED);

    @Test
    void formatFromExtensionInAnyCase() {
        assertThat(ExportFormat.fromPath(Path.of("map.png"))).isEqualTo(ExportFormat.PNG);
        assertThat(ExportFormat.fromPath(Path.of("out", "Map.SVG"))).isEqualTo(ExportFormat.SVG);
        assertThat(ExportFormat.fromPath(Path.of("briefing.v2.Pdf"))).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.PDF.isVector()).isTrue();
        assertThat(ExportFormat.PNG.isVector()).isFalse();
    }

    @Test
    void unknownOrMissingExtensionListsTheSupportedOnes() {
        assertThatThrownBy(() -> ExportFormat.fromPath(Path.of("map.tiff")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'.tiff'").hasMessageContaining(".png, .svg, .pdf");
        assertThatThrownBy(() -> ExportFormat.fromPath(Path.of("map")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no file extension").hasMessageContaining(".png, .svg, .pdf");
    }

    @Test
    void unknownExtensionWritesNothing() throws IOException {
        Path out = dir.resolve("map.jpeg");
        assertThatThrownBy(() -> exporter.export(TestMaps.defaultRequest(), out)).isInstanceOf(IllegalArgumentException.class);
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void eachExtensionGetsItsFormat() throws IOException {
        RenderRequest request = TestMaps.defaultRequest();
        assertThat(exporter.export(request, dir.resolve("map.png"))).isEqualTo(ExportFormat.PNG);
        assertThat(exporter.export(request, dir.resolve("map.svg"))).isEqualTo(ExportFormat.SVG);
        assertThat(exporter.export(request, dir.resolve("map.pdf"))).isEqualTo(ExportFormat.PDF);
        assertThat(Files.readAllBytes(dir.resolve("map.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("map.svg"))).startsWith("<?xml").contains("<svg");
        assertThat(new String(Files.readAllBytes(dir.resolve("map.pdf")), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(list(dir)).containsExactlyInAnyOrder("map.png", "map.svg", "map.pdf");
    }

    @Test
    void missingFolderFailsClearlyAndLeavesNothing() throws IOException {
        for (String name : new String[] {"map.svg", "map.pdf", "map.png"}) {
            Path out = dir.resolve("no-such-folder").resolve(name);
            assertThatThrownBy(() -> exporter.export(TestMaps.defaultRequest(), out))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("folder does not exist").hasMessageContaining("no-such-folder");
            assertThat(dir.resolve("no-such-folder")).doesNotExist();
        }
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void existingFileIsReplacedWhole() throws IOException {
        RenderRequest request = TestMaps.defaultRequest();
        Path svg = dir.resolve("map.svg");
        Path pdf = dir.resolve("map.pdf");
        // Old content longer than nothing and not a prefix of the new: a partial overwrite would show.
        Files.writeString(svg, "old ".repeat(500_000));
        Files.writeString(pdf, "old ".repeat(500_000));
        exporter.export(request, svg);
        exporter.export(request, pdf);
        assertThat(Files.readString(svg)).isEqualTo(new SvgExporter(new MapRenderer()).render(request));
        assertThat(Files.readAllBytes(pdf)).isEqualTo(new PdfExporter(new MapRenderer(), PdfExporterTest.FIXED).render(request));
        // No temporary files left beside them.
        assertThat(list(dir)).containsExactlyInAnyOrder("map.svg", "map.pdf");
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
