package org.redmap.project;

import org.redmap.render.Composer;
import org.redmap.render.PreparedExport;
import org.redmap.render.ExportView;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.redmap.geo.Viewport;
import org.redmap.model.Basis;
import org.redmap.model.TaggedRegion;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

class ProjectSessionTest {

    private static final ProjectHash HASH = new ProjectHash("0".repeat(64), true);

    private static ProjectSession session(Project p) throws ProjectProblem {
        return ProjectSession.load(p, Fixtures.source(), Path.of("."));
    }

    @Test
    void appliesTitleOverridesAndAnnotationsToTheDataMap() throws Exception {
        Project p = Project.initial("Mine")
                .withOverride(new VendorOverride("MX-SON", "huawei", "seen on site"))
                .withAnnotations(List.of(TextLabel.of("a1", new LonLat(-100, 22), "hello")));

        ProjectSession s = session(p);

        TaggedRegion sonora = s.document().region("MX-SON");
        assertThat(sonora.vendor().id()).isEqualTo("huawei");
        assertThat(sonora.assignment().orElseThrow().basis()).isEqualTo(Basis.ANALYST);
        assertThat(sonora.assignment().orElseThrow().note()).isEqualTo("seen on site");
        assertThat(s.document().title()).isEqualTo("Mine");
        assertThat(s.document().annotations()).hasSize(1);
        assertThat(s.analysis()).as("no overlay is shown, so nothing is analysed").isEmpty();
        assertThat(new Composer().overlays(s)).isEmpty();
    }

    @Test
    void visibleOverlaysAreBuiltFromAnAnalysisWithTheProjectsParameters() throws Exception {
        Project p = Project.initial("T").withLayers(MapLayers.preset(MapLayers.Preset.BRIEFING))
                .withModel(ModelParameters.DEFAULTS.withBands(List.of(30.0, 60.0)).withWeight("vendor", 0));

        ProjectSession s = session(p);

        assertThat(new Composer().overlays(s)).extracting(o -> o.id()).containsExactly("footprint", "bands");
        assertThat(s.analysis().orElseThrow().bands().distancesKm()).containsExactly(30.0, 60.0);
        assertThat(s.analysis().orElseThrow().riskModel().factor("vendor").weight()).isZero();
        assertThat(s.dataFiles()).extracting(DataFileUse::name)
                .contains("bundled:mexico-states.geojson", "bundled:risk-model.json", "bundled:coverage-model.json");
    }

    @Test
    void withoutASavedViewTheExportAlsoTakesInAnnotationsOutsideTheMap() throws Exception {
        // A callout whose box sits over Kansas, well north of the map's own extent.
        org.redmap.model.annotation.LonLat box = new org.redmap.model.annotation.LonLat(-100.5, 37.5);
        Project p = Project.initial("T").withAnnotations(List.of(org.redmap.model.annotation.Callout.of("c1", box,
                new org.redmap.model.annotation.LonLat(-106.4, 31.7), "Sites near the border")));
        ProjectSession s = session(p);
        org.locationtech.jts.geom.Coordinate at = s.map().projection().project(box.lon(), box.lat());

        RenderRequest plain = new Composer().export(session(Project.initial("T")), ExportOptions.DEFAULTS, HASH, Fixtures.FIXED).request();
        RenderRequest annotated = new Composer().export(s, ExportOptions.DEFAULTS, HASH, Fixtures.FIXED).request();

        assertThat(plain.viewport().visibleWorld().contains(at)).as("the map alone leaves the box out").isFalse();
        assertThat(annotated.viewport().visibleWorld().contains(at)).isTrue();
    }

    @Test
    void graduatedOverlaysAreClassifiedAsTheProjectSays() throws Exception {
        MapLayers risk = MapLayers.preset(MapLayers.Preset.RISK);
        ProjectSession natural = session(Project.initial("T").withLayers(risk));
        ProjectSession equal = session(Project.initial("T")
                .withLayers(risk.withClassification(org.redmap.analysis.Classification.Method.EQUAL_INTERVAL)));

        var naturalBreaks = ((org.redmap.render.Overlay.Choropleth) new Composer().overlays(natural).get(0)).breaks();
        var equalBreaks = ((org.redmap.render.Overlay.Choropleth) new Composer().overlays(equal).get(0)).breaks();
        // Equal intervals are evenly spaced between the lowest and the highest score; natural breaks are not.
        double step = equalBreaks.upper(0) - equalBreaks.lower(0);
        for (int i = 1; i < equalBreaks.classes(); i++) {
            assertThat(equalBreaks.upper(i) - equalBreaks.lower(i)).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(naturalBreaks).isNotEqualTo(equalBreaks);
    }

    @Test
    void anEditReusesTheDataAndTheAnalysisItDoesNotTouch() throws Exception {
        ProjectSession s = session(Project.initial("T").withLayers(MapLayers.preset(MapLayers.Preset.BRIEFING)));
        ProjectSession edited = s.with(s.project().withAnnotations(List.of(TextLabel.of("a1", new LonLat(-100, 22), "x"))));

        assertThat(edited.data()).isSameAs(s.data());
        assertThat(edited.analysis().orElseThrow()).isSameAs(s.analysis().orElseThrow());
        assertThat(edited.document().annotations()).hasSize(1);

        ProjectSession overridden = edited.with(edited.project().withOverride(new VendorOverride("MX-OAX", "nokia", "")));
        assertThat(overridden.analysis().orElseThrow()).isNotSameAs(s.analysis().orElseThrow());
    }

    @Test
    void withoutASavedViewTheExportShowsTheWholeMapAsTheWindowFitsIt() throws Exception {
        ProjectSession s = session(Project.initial("T"));
        PreparedExport e = new Composer().export(s, ExportOptions.DEFAULTS, HASH, Fixtures.FIXED);

        // The default page is the slide, 960 × 540 pt: 1280 × 720 of the renderer's 1/96 in units.
        assertThat(e.request().viewport()).isEqualTo(Viewport.fit(s.map().homeExtent(), 1280, 720,
                MapRenderer.fitInsets(Layer.all(), e.request().briefing(), 1280, 720)));
    }

    @Test
    void aSavedViewKeepsItsCentreAndShowsAllItFramedAtAnySize() throws Exception {
        ProjectSession s = session(Project.initial("T").withView(new Viewport(500_000, 2_300_000, 1500, 1200, 800)));
        Envelope framed = ExportView.framed(s.project().view().orElseThrow(), Layer.all());

        for (int[] size : new int[][] {{960, 540}, {600, 600}, {2880, 750}}) {
            ExportOptions o = ExportOptions.DEFAULTS.withPage(Page.custom(size[0], size[1])).withMarking("SECRET").withSourcesFooter(true);
            RenderRequest r = new Composer().export(s, o, HASH, Fixtures.FIXED).request();
            Viewport v = r.viewport();
            Viewport.Insets bands = MapRenderer.frameInsets(r.layers(), r.briefing(), v.width(), v.height());
            Envelope shown = new Envelope(v.toWorld(0, bands.top()), v.toWorld(v.width(), v.height() - bands.bottom()));
            assertThat(shown.getMinX()).isLessThanOrEqualTo(framed.getMinX() + 1e-6);
            assertThat(shown.getMaxX()).isGreaterThanOrEqualTo(framed.getMaxX() - 1e-6);
            assertThat(shown.getMinY()).isLessThanOrEqualTo(framed.getMinY() + 1e-6);
            assertThat(shown.getMaxY()).isGreaterThanOrEqualTo(framed.getMaxY() - 1e-6);
            assertThat(shown.centre().x).isCloseTo(framed.centre().x, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(shown.centre().y).isCloseTo(framed.centre().y, org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void theBriefingCarriesTheSettingsAndAShortIdThatNamesThePictureNotTheFile() throws Exception {
        ProjectSession s = session(Project.initial("T"));
        ExportOptions o = ExportOptions.DEFAULTS.withMarking("tlp:amber").withAuthor("A. Analyst").withSourcesFooter(true)
                .withDate(DatePolicy.EXPORT_DAY);

        PreparedExport png = new Composer().export(s, o, HASH, Fixtures.FIXED);
        PreparedExport pdf = new Composer().export(s, o.withFormat(ExportFormat.PDF).withPixelScale(2), HASH, Fixtures.FIXED);
        PreparedExport marked = new Composer().export(s, o.withMarking("SECRET"), HASH, Fixtures.FIXED);
        PreparedExport otherProject = new Composer().export(s, o, new ProjectHash("1".repeat(64), true), Fixtures.FIXED);
        PreparedExport nextDay = new Composer().export(s, o, HASH, Clock.fixed(Instant.parse("2025-06-02T00:00:01Z"), ZoneOffset.UTC));

        assertThat(png.request().briefing().marking().orElseThrow().text()).isEqualTo("TLP:AMBER");
        assertThat(png.request().briefing().author()).isEqualTo("A. Analyst");
        assertThat(png.request().briefing().date()).isEqualTo("2025-06-01");
        assertThat(png.request().briefing().sourcesFooter()).isTrue();
        assertThat(png.shortId()).matches("[0-9a-f]{8}").isEqualTo(png.request().briefing().shortId());
        assertThat(pdf.shortId()).isEqualTo(png.shortId());
        assertThat(List.of(marked.shortId(), otherProject.shortId(), nextDay.shortId())).doesNotContain(png.shortId());
        assertThat(new Composer().export(s, o, HASH, Fixtures.FIXED).request()).isEqualTo(png.request());
    }

    @Test
    void externalDataFilesAreLoadedAndHashed() throws Exception {
        Path csv = java.nio.file.Files.createTempFile("coverage", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "region_id,coverage_pct\nMX-SON,61.5\nMX-YUC,48\n");
            ProjectSession s = session(Project.initial("T").withData(DataFiles.BUNDLED.withCoverage(csv)));
            assertThat(s.data().coverage().orElseThrow().values()).containsOnlyKeys("MX-SON", "MX-YUC");
            assertThat(s.data().files()).filteredOn(f -> f.role().equals("coverage")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo(Optional.of(csv.toAbsolutePath().normalize().toString()));
                        assertThat(f.sha256()).isEqualTo(ProjectFile.sha256(csv));
                    });
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }
}
