package org.redmap.app;

import org.redmap.project.Release;
import org.redmap.project.MapLoader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.redmap.analysis.AnalysisGeometry;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.BorderBands;
import org.redmap.analysis.CoverageModel;
import org.redmap.analysis.CoverageModelReader;
import org.redmap.analysis.CoverageModeller;
import org.redmap.analysis.CoverageTotals;
import org.redmap.analysis.FactorTable;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.ModelledCoverage;
import org.redmap.analysis.RiskInputs;
import org.redmap.analysis.RiskModel;
import org.redmap.analysis.RiskModelReader;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.SyntheticGrid;
import org.redmap.model.MapDocument;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;
import org.redmap.project.MapSource;
import org.redmap.project.Project;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectFile;
import org.redmap.project.ProjectHash;
import org.redmap.project.ProjectSession;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.Composer;
import org.redmap.render.MapRenderer;
import org.redmap.render.Overlay;
import org.redmap.render.OverlayBuilder;
import org.redmap.analysis.PolygonCoverage;
import org.redmap.render.RenderRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code redmap bench}: how long loading, projecting and rendering take, on the bundled map and on
 * a synthetic grid of many polygons. Prints figures; it passes or fails nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Times loading, projecting, analysing and rendering, and prints a table.",
                "First the bundled map, then the analyses behind the overlays (modelled coverage, border bands,",
                "risk) and a render with every overlay, then a layer of --polygon-cells imported coverage polygons",
                "(read, projected, classified, drawn), then the example briefing project exported to a 3840x2160 PNG",
                "with every layer and one annotation of each kind, then a synthetic grid of --cells polygons, which it also",
                "exports to PNG through the export command.",
                "Renders are timed --runs times after 2 warm-up renders (more before the first size);",
                "the table shows median and min."})
final class BenchCommand implements Callable<Integer> {

    static final int WARM_UP = 2;
    /** Untimed renders before the first timed size, so that it is not also timing the JIT. */
    static final int JIT_WARM_UP = 8;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Keep the synthetic GeoJSON and the PNGs in this folder (default: a temporary folder, deleted after).")
    Path outDir;

    @Option(names = "--cells", defaultValue = "100000", paramLabel = "N",
            description = "Polygons in the synthetic grid, 1 to 2,000,000 (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "Timed repetitions of each measured step, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--polygon-cells", defaultValue = "20000", paramLabel = "N",
            description = "Cells in the synthetic coverage-polygon layer, 1 to 2,000,000 (default: ${DEFAULT-VALUE}).")
    int polygonCells;

    static final String EXAMPLE_PROJECT = "/org/redmap/data/examples/briefing.redmap.json";

    private final List<String[]> rows = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (cells < 1 || cells > 2_000_000) throw new ParameterException(spec.commandLine(), "--cells must be from 1 to 2000000, not " + cells);
        if (polygonCells < 1 || polygonCells > 2_000_000) {
            throw new ParameterException(spec.commandLine(), "--polygon-cells must be from 1 to 2000000, not " + polygonCells);
        }
        if (runs < 1 || runs > 100) throw new ParameterException(spec.commandLine(), "--runs must be from 1 to 100, not " + runs);
        if (outDir != null && !Files.isDirectory(outDir)) {
            throw new ParameterException(spec.commandLine(), "the --out folder does not exist: " + outDir.toAbsolutePath().normalize());
        }
        PrintWriter err = spec.commandLine().getErr();
        Path dir = outDir != null ? outDir : Files.createTempDirectory("redmap-bench");
        try {
            long started = System.nanoTime();
            MapRenderer renderer = new MapRenderer();
            Runtime rt = Runtime.getRuntime();
            err.printf(Locale.ROOT, "redmap bench: %d runs per step, %d warm-up renders per size (%d before the first), %d cells;"
                    + " Java %s, %d cores, max heap %d MB%n", runs, WARM_UP, JIT_WARM_UP + WARM_UP, cells, System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);

            // 1. The bundled map.
            err.println("timing the bundled map ...");
            Timing load = Timing.of(runs, () -> MapLoader.bundled());
            MapDocument doc = MapLoader.bundled().defaultDocument();
            row("bundled map", "load + tag (MapLoader.bundled)", doc.regions().size() + " regions", load,
                    "first run " + ms(load.first()));
            Timing project = Timing.of(runs, () -> Maps.project(doc));
            row("", "project + index (ProjectedMap.of)", "", project, "");
            ProjectedMap map = Maps.project(doc);
            // The first size timed would otherwise also pay for compiling the renderer's hot paths.
            RenderRequest jit = RenderRequest.of(map, Maps.home(map, 1280, 720, Layer.all()), 1, Layer.all());
            for (int i = 0; i < JIT_WARM_UP; i++) renderer.render(jit);
            render(renderer, map, 1920, 1080, 1, "");
            render(renderer, map, 3840, 2160, 1, "");
            render(renderer, map, 1920, 1080, 2, "");

            // 2. The analyses behind the overlays, on the bundled map, and a render with every overlay.
            err.println("timing the analyses (modelled coverage, border bands, risk) ...");
            analyses(renderer, map);

            // 3. Imported coverage polygons over the bundled map: read, project, classify, draw, hover.
            err.println("timing a coverage-polygon layer of " + polygonCells + " cells ...");
            coveragePolygons(renderer, map, dir);

            // 4. The example briefing project at 4K with everything on, through the window's export path.
            err.println("exporting the example briefing at 3840x2160 with every layer and annotation ...");
            briefing(renderer, dir);

            // 5. A synthetic grid of many polygons, through the same loader, tagger and renderer.
            err.println("writing a synthetic grid of " + cells + " cells ...");
            Path grid = dir.resolve("synthetic-" + cells + ".geojson");
            Timing write = Timing.of(1, () -> {
                SyntheticGrid.write(grid, cells);
                return null;
            });
            String size = String.format(Locale.ROOT, "%.1f MB", Files.size(grid) / 1e6);
            row("synthetic grid", "write GeoJSON (SyntheticGrid)", size, write, grid.getFileName().toString());
            err.println("loading and tagging it ...");
            MapLoader loader = MapLoader.bundled();
            int loadRuns = Math.min(runs, 3);
            Timing gridLoad = Timing.of(loadRuns, () -> loader.openRegions(grid));
            MapDocument gridDoc = loader.openRegions(grid);
            long assigned = gridDoc.regions().stream().filter(r -> r.assignment().isPresent()).count();
            row("", "load + tag (MapLoader.openRegions)", cells + " polygons", gridLoad,
                    String.format(Locale.ROOT, "%,d tagged by position", assigned));
            err.println("projecting and indexing it ...");
            Timing gridProject = Timing.of(loadRuns, () -> Maps.project(gridDoc));
            ProjectedMap gridMap = Maps.project(gridDoc);
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            row("", "project + index (ProjectedMap.of)", "", gridProject, "heap in use after: " + heap + " MB");
            err.println("rendering it ...");
            render(renderer, gridMap, 1920, 1080, 1, "");

            err.println("exporting it with 'redmap export' ...");
            Path png = dir.resolve("synthetic-" + cells + ".png");
            String[] args = {"export", "--regions", grid.toString(), "--out", png.toString(), "--width", "1920", "--height", "1080"};
            long t0 = System.nanoTime();
            int code = Launcher.run(args, new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()),
                    (a, e) -> Launcher.INTERNAL);
            long exportNs = System.nanoTime() - t0;
            if (code != Launcher.OK || !Files.isRegularFile(png)) {
                err.println("redmap bench: exporting the synthetic grid failed with exit code " + code);
                return Launcher.INTERNAL;
            }
            row("", "redmap export --regions (whole command)", "1920x1080 @1x", new Timing(new long[] {exportNs}, exportNs),
                    String.format(Locale.ROOT, "%s, %.1f MB", png.getFileName(), Files.size(png) / 1e6));

            print(spec.commandLine().getOut());
            err.printf(Locale.ROOT, "bench finished in %.1f s%s%n", (System.nanoTime() - started) / 1e9,
                    outDir != null ? "; files in " + dir.toAbsolutePath().normalize() : "");
            return Launcher.OK;
        } finally {
            if (outDir == null) deleteTree(dir);
        }
    }

    private void render(MapRenderer renderer, ProjectedMap map, int width, int height, double scale, String note)
            throws Exception {
        render(renderer, map, width, height, scale, List.of(), "", note);
    }

    private void render(MapRenderer renderer, ProjectedMap map, int width, int height, double scale, List<Overlay> overlays,
                        String what, String note) throws Exception {
        Viewport viewport = Maps.home(map, width, height, Layer.all());
        RenderRequest request = RenderRequest.of(map, viewport, scale, Layer.all()).withOverlays(overlays);
        for (int i = 0; i < WARM_UP; i++) renderer.render(request);
        Timing t = Timing.of(runs, () -> renderer.render(request));
        BufferedImage probe = renderer.render(request);
        String size = width + "x" + height + " @" + PageOptions.text(scale) + "x";
        row("", "render " + size + what, probe.getWidth() + "x" + probe.getHeight() + " px", t, note);
    }

    /**
     * The analyses the overlays are drawn from, each step timed on its own (what the window
     * recomputes when the map, the coverage model, the bands or a weight change), then all of
     * {@link MapAnalysis#bundled} and a render with every overlay on.
     */
    private void analyses(MapRenderer renderer, ProjectedMap map) throws Exception {
        CoverageModel coverageModel = new CoverageModelReader().bundled();
        RiskModel riskModel = new RiskModelReader().bundled();
        Timing geometry = Timing.of(runs, () -> AnalysisGeometry.of(map));
        AnalysisGeometry geo = AnalysisGeometry.of(map);
        row("analysis", "geometry (AnalysisGeometry.of)", geo.regions().size() + " regions, " + geo.places().size() + " places",
                geometry, "projected, land unioned; first run " + ms(geometry.first()));

        CoverageModeller modeller = new CoverageModeller();
        Timing coverage = Timing.of(runs, () -> modeller.compute(geo, coverageModel));
        ModelledCoverage modelled = modeller.compute(geo, coverageModel);
        CoverageTotals national = modelled.national();
        row("", "modelled coverage (CoverageModeller)", national.sites() + " sites", coverage,
                String.format(Locale.ROOT, "%.1f %% of listed population; first run %s",
                        national.populationShare().orElse(0) * 100, ms(coverage.first())));

        BorderBands bandMaker = new BorderBands();
        Timing bands = Timing.of(runs, () -> bandMaker.compute(geo, BorderBands.DEFAULT_DISTANCES_KM));
        BorderBandTable table = bandMaker.compute(geo, BorderBands.DEFAULT_DISTANCES_KM);
        String limits = table.distancesKm().stream().map(d -> d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString())
                .collect(Collectors.joining("/"));
        row("", "border bands " + limits + " km (BorderBands)", table.bands().size() + " bands", bands,
                "first band: " + table.bands().get(0).regions().size() + " regions; first run " + ms(bands.first()));

        Timing risk = Timing.of(runs, () -> riskModel.score(riskModel.evaluate(
                RiskInputs.measure(geo).withCoverage(modelled.populationShare()))));
        row("", "risk inputs + scores (RiskInputs, RiskModel)", riskModel.factors().size() + " factors", risk, "");
        FactorTable factors = riskModel.evaluate(RiskInputs.measure(geo).withCoverage(modelled.populationShare()));
        RiskModel changed = riskModel.withWeight(riskModel.factors().get(0).id(), 0);
        Timing rescore = Timing.of(runs, () -> changed.score(factors));
        row("", "rescore after a weight change", "", rescore, "what a weight slider costs");

        Timing all = Timing.of(runs, () -> MapAnalysis.bundled(map));
        MapAnalysis analysis = MapAnalysis.bundled(map);
        row("", "all of it (MapAnalysis.bundled)", "", all, "what export and regions compute");

        List<Overlay> overlays = OverlayBuilder.defaults().build(analysis, MapLayers.parse(MapLayers.knownIds()));
        Timing build = Timing.of(runs, () -> OverlayBuilder.defaults().build(analysis, MapLayers.parse(MapLayers.knownIds())));
        row("", "overlays (OverlayBuilder, classification)", overlays.size() + " overlays", build, "");
        render(renderer, map, 1920, 1080, 1, overlays, ", all overlays",
                overlays.stream().map(Overlay::id).collect(Collectors.joining(", ")));
    }

    /**
     * What an imported coverage-polygon layer costs: writing and reading the file, projecting and
     * indexing it once, classifying it (each classification change), drawing the whole map and a
     * zoomed view (culled by the index), and finding the cell under the pointer.
     */
    private void coveragePolygons(MapRenderer renderer, ProjectedMap map, Path dir) throws Exception {
        Path file = dir.resolve("coverage-polygons-" + polygonCells + ".geojson");
        Timing write = Timing.of(1, () -> {
            SyntheticGrid.writeCoverage(file, polygonCells);
            return null;
        });
        row("coverage polygons", "write GeoJSON (SyntheticGrid.writeCoverage)",
                String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6), write, file.getFileName().toString());
        CoveragePolygonReader reader = new CoveragePolygonReader();
        int loadRuns = Math.min(runs, 3);
        Timing read = Timing.of(loadRuns, () -> reader.read(file, "coverage_pct"));
        CoveragePolygons data = reader.read(file, "coverage_pct");
        row("", "read (CoveragePolygonReader)", String.format(Locale.ROOT, "%,d cells", data.cells().size()), read,
                data.problems().size() + " problems; first run " + ms(read.first()));
        Timing project = Timing.of(loadRuns, () -> PolygonCoverage.project(data, map.projection()));
        PolygonCoverage layer = PolygonCoverage.project(data, map.projection());
        row("", "project + index (PolygonCoverage.project)", "", project, "once per file");
        OverlayBuilder builder = OverlayBuilder.defaults();
        Timing classify = Timing.of(runs, () -> builder.polygons(layer, 0.85));
        row("", "classify (natural breaks, 5 classes)", "", classify, "each classification change");
        List<Overlay> overlays = List.of(builder.polygons(layer, 0.85));
        render(renderer, map, 1920, 1080, 1, overlays, ", polygons", "");
        Viewport home = Maps.home(map, 1920, 1080, Layer.all());
        Viewport zoomed = new Viewport(home.centerX(), home.centerY(), home.metresPerPixel() / 8, 1920, 1080);
        RenderRequest close = RenderRequest.of(map, zoomed, 1, Layer.all()).withOverlays(overlays);
        for (int i = 0; i < WARM_UP; i++) renderer.render(close);
        Timing closeRender = Timing.of(runs, () -> renderer.render(close));
        row("", "render 1920x1080 @1x, polygons, zoom x8", "", closeRender,
                layer.cells().visible(zoomed.visibleWorld()).size() + " cells in view (STRtree culling)");
        org.locationtech.jts.geom.Coordinate[] probes = new org.locationtech.jts.geom.Coordinate[1000];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = home.toWorld(1920 * ((i * 37) % 1000) / 1000.0, 1080 * ((i * 61) % 1000) / 1000.0);
        }
        Timing hover = Timing.of(runs, () -> {
            int found = 0;
            for (var c : probes) found += layer.at(c).isPresent() ? 1 : 0;
            return found;
        });
        row("", "cell under the pointer x1000 (PolygonCoverage.at)", "", hover, "what 1000 pointer moves cost");
    }

    /**
     * The shipped example project with every overlay on and one annotation of each kind, exported
     * to a 3840×2160 PNG by {@link ProjectExporter} (what File → Export… and {@code export --project}
     * run): render, PNG encoding and the sidecar's hashes.
     */
    private void briefing(MapRenderer renderer, Path dir) throws Exception {
        Path example = dir.resolve("briefing.redmap.json");
        try (InputStream in = BenchCommand.class.getResourceAsStream(EXAMPLE_PROJECT)) {
            if (in == null) throw new IOException("the example project is missing from the jar: " + EXAMPLE_PROJECT);
            Files.copy(in, example, StandardCopyOption.REPLACE_EXISTING);
        }
        MapLoader loader = MapLoader.bundled();
        MapSource source = new MapSource(loader.defaultDocument(), loader::openRegions);
        Project shipped = ProjectFile.read(example);
        MapLayers everything = MapLayers.parse(MapLayers.knownIds());
        List<Annotation> annotations = new ArrayList<>(shipped.annotations());
        annotations.add(RectangleNote.of("bench-rect", new LonLat(-100.3, 20.05), new LonLat(-98.8, 18.95)));
        annotations.add(PolygonNote.of("bench-poly", List.of(new LonLat(-94.1, 17.9), new LonLat(-92.4, 18.1),
                new LonLat(-90.6, 17.0), new LonLat(-91.9, 14.6), new LonLat(-93.9, 15.7))));
        annotations.add(Pin.of("bench-pin", new LonLat(-99.5, 17.55), "Pin", "one of each kind, for the bench"));
        ExportOptions options = shipped.export().withPage(Page.SLIDE).withPixelScale(4);
        Project project = shipped.withLayers(everything).withAnnotations(annotations).withExport(options);
        ProjectHash hash = ProjectFile.save(project, example);
        ProjectSession session = ProjectSession.load(project, source, dir);
        ProjectExporter exporter = new ProjectExporter(renderer, Clock.systemUTC(), Release.VERSION);
        Path png = dir.resolve("briefing-3840x2160.png");
        for (int i = 0; i < WARM_UP; i++) exporter.export(session, options, hash, example, png);
        Timing t = Timing.of(runs, () -> exporter.export(session, options, hash, example, png));
        long kinds = annotations.stream().map(Annotation::kind).distinct().count();
        row("briefing", "export PNG, all layers + annotations (ProjectExporter)", "3840x2160 px", t,
                String.format(Locale.ROOT, "%d annotations of %d kinds, %d overlays, %.1f MB + sidecar", annotations.size(),
                        kinds, new Composer().overlays(session).size(), Files.size(png) / 1e6));
    }

    private void row(String subject, String step, String size, Timing t, String note) {
        rows.add(new String[] {subject, step, size, ms(t.median()), ms(t.min()), Integer.toString(t.runs()), note});
    }

    void print(PrintWriter out) {
        String[] header = {"data", "step", "size", "median ms", "min ms", "runs", "note"};
        int[] widths = new int[header.length];
        for (String[] r : Stream.concat(Stream.<String[]>of(header), rows.stream()).toList()) {
            for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        }
        out.println(line(header, widths));
        String[] rule = new String[header.length];
        for (int i = 0; i < rule.length; i++) rule[i] = "-".repeat(widths[i]);
        out.println(line(rule, widths));
        for (String[] r : rows) out.println(line(r, widths));
        out.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean number = i >= 3 && i <= 5;
            String pad = " ".repeat(widths[i] - cells[i].length());
            sb.append(i == 0 ? "" : "  ").append(number ? pad + cells[i] : cells[i] + pad);
        }
        return sb.toString().stripTrailing();
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : ms < 100 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing the bench for
        }
    }

    /** Wall-clock times of repeated runs of one step. */
    record Timing(long[] nanos, long first) {

        interface Step {
            Object run() throws Exception;
        }

        static Timing of(int runs, Step step) throws Exception {
            long[] nanos = new long[runs];
            Object keep = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                keep = step.run();
                nanos[i] = System.nanoTime() - t0;
            }
            if (keep == Timing.class) throw new AssertionError(); // keeps the result reachable until here
            return new Timing(nanos, nanos[0]);
        }

        int runs() {
            return nanos.length;
        }

        long min() {
            return Arrays.stream(nanos).min().orElse(0);
        }

        long median() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
