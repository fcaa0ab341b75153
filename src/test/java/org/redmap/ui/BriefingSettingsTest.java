package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redmap.project.Page;
import org.redmap.project.ExportFormat;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.Marking;
import org.redmap.render.RenderRequest;

/** From the dialog's settings to the request exported and the preview drawn. */
class BriefingSettingsTest {

    private final ProjectedMap map = TestMaps.projected();
    private final RenderRequest screen = RenderRequest.of(map,
            Viewport.fit(map.homeExtent(), 1200, 800, MapRenderer.fitInsets(Layer.all())), 1, Layer.all())
            .withSelectedAnnotation("a1");

    private BriefingSettings settings(ExportFormat format, PageSize size) {
        return new BriefingSettings(format, size, "Who built it", "", Optional.of(Marking.of("SECRET")), "J. Analyst",
                org.redmap.project.DatePolicy.fixed(LocalDate.of(2026, 3, 14)), true);
    }

    @Test
    void thePreviewIsTheSameDrawingAtASmallerScale() {
        RenderRequest export = screen.withSelectedAnnotation(null);
        RenderRequest preview = BriefingSettings.preview(export, 600, 420, 1);
        assertThat(preview.viewport()).isEqualTo(export.viewport());
        assertThat(preview.map()).isSameAs(export.map());
        assertThat(preview.briefing()).isEqualTo(export.briefing());
        assertThat(preview.pixelWidth()).isLessThanOrEqualTo(600);
        assertThat(preview.pixelHeight()).isLessThanOrEqualTo(420);
        assertThat((double) preview.pixelWidth() / preview.pixelHeight())
                .isCloseTo((double) export.pixelWidth() / export.pixelHeight(), within(0.01));
    }

    @Test
    void settingsRoundTripThroughAProjectsExportOptions() {
        BriefingSettings s = settings(ExportFormat.PDF, PageSize.paper(Page.A4_PORTRAIT, 300));
        org.redmap.project.ExportOptions o = s.toExportOptions();
        assertThat(o.page()).isEqualTo(Page.A4_PORTRAIT);
        assertThat(o.dpi()).isCloseTo(300, within(1e-9));
        assertThat(o.marking()).contains("SECRET");
        assertThat(o.date().text()).isEqualTo("2026-03-14");
        assertThat(BriefingSettings.of(o, "Who built it")).isEqualTo(s);
        BriefingSettings custom = BriefingSettings.of(o.withPage(Page.custom(1500, 900)).withDate(org.redmap.project.DatePolicy.EXPORT_DAY)
                .withMarking("draft only"), "T");
        assertThat(custom.size().label()).isEqualTo("Custom");
        assertThat(custom.size().pixelWidth()).isEqualTo(Math.round(1500 * 300 / 72.0));
        assertThat(custom.date()).as("the project keeps 'export day', not the day it was opened")
                .isEqualTo(org.redmap.project.DatePolicy.EXPORT_DAY);
        assertThat(custom.toExportOptions().date()).isEqualTo(org.redmap.project.DatePolicy.EXPORT_DAY);
        assertThat(custom.marking().orElseThrow().background()).isEqualTo(Marking.of("anything else").background());
    }

    @Test
    void theFileNameSaysTitleSizeAndFormat() {
        assertThat(settings(ExportFormat.PDF, PageSize.paper(Page.LETTER_PORTRAIT, 300)).fileName()).isEqualTo("redmap-who-built-it-2550x3300.pdf");
        BriefingSettings untitled = new BriefingSettings(ExportFormat.SVG, PageSize.slide(1920), " ", "", Optional.empty(),
                "", org.redmap.project.DatePolicy.NONE, false);
        assertThat(untitled.fileName()).isEqualTo("redmap-1920x1080.svg");
        assertThat(untitled.toExportOptions().date()).isEqualTo(org.redmap.project.DatePolicy.NONE);
    }

    @Test
    void aChosenFileGetsTheFormatsExtensionUnlessItHasOne() {
        assertThat(BriefingExportDialog.withExtension(Path.of("/tmp/map"), ExportFormat.PDF)).isEqualTo(Path.of("/tmp/map.pdf"));
        assertThat(BriefingExportDialog.withExtension(Path.of("/tmp/map.v2"), ExportFormat.SVG)).isEqualTo(Path.of("/tmp/map.v2.svg"));
        assertThat(BriefingExportDialog.withExtension(Path.of("/tmp/map.png"), ExportFormat.PDF)).isEqualTo(Path.of("/tmp/map.png"));
    }
}
