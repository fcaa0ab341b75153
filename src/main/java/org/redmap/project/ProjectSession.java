package org.redmap.project;

import org.redmap.io.StrictJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.redmap.analysis.AnalysisGeometry;
import org.redmap.analysis.CoverageModel;
import org.redmap.analysis.CoverageModelReader;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RiskModel;
import org.redmap.analysis.RiskModelReader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.MapDocument;
import org.redmap.model.Vendor;
import org.redmap.analysis.PolygonCoverage;

/**
 * A project made ready to draw: its data loaded, the analyst's overrides, annotations and title
 * applied, the map projected, the analysis computed when an overlay needs it. What is drawn from
 * it is composed by {@code render.Composer}, the one place a project becomes a render request.
 * Immutable; {@link #with} makes the session of an edited project and reuses whatever the edit did
 * not touch.
 */
public final class ProjectSession {

    private final Project project;
    private final MapSource source;
    private final Path folder;
    private final ProjectData data;
    private final RiskModel bundledRisk;
    private final CoverageModel coverageModel;
    private final ProjectedMap map;
    private final Optional<MapAnalysis> analysis;
    private final Optional<PolygonCoverage> polygons;

    private ProjectSession(Project project, MapSource source, Path folder, ProjectData data, RiskModel bundledRisk,
                           CoverageModel coverageModel, ProjectedMap map, Optional<MapAnalysis> analysis,
                           Optional<PolygonCoverage> polygons) {
        this.project = project;
        this.source = source;
        this.folder = folder;
        this.data = data;
        this.bundledRisk = bundledRisk;
        this.coverageModel = coverageModel;
        this.map = map;
        this.analysis = analysis;
        this.polygons = polygons;
    }

    /**
     * Loads everything the project needs and checks it against its data; throws on the first
     * problem, before anything is returned.
     *
     * @param folder the project file's folder, for naming data files in messages as the project does; may be null
     */
    public static ProjectSession load(Project project, MapSource source, Path folder) throws ProjectProblem {
        Objects.requireNonNull(project, "project");
        ProjectData data = ProjectData.load(project.data(), source, folder);
        return build(project, source, folder, data, null);
    }

    /**
     * The session of an edited project. Data files are read again only when the project names other
     * ones; the projection is reused when the regions are the same shapes; the analysis is reused
     * when neither the vendors, the model parameters nor the data changed.
     */
    public ProjectSession with(Project changed) throws ProjectProblem {
        if (changed.equals(project)) return this;
        ProjectData newData;
        if (changed.data().equals(project.data())) {
            newData = data;
        } else if (changed.data().regions().equals(project.data().regions())
                && changed.data().coverage().equals(project.data().coverage())) {
            // Only the imported polygons changed (an import in the window): the map and its analysis stay good.
            newData = data.withPolygons(changed.data(), folder);
        } else {
            newData = ProjectData.load(changed.data(), source, folder);
        }
        boolean sameMap = newData.document() == data.document() && newData.coverage() == data.coverage();
        return build(changed, source, folder, newData, sameMap ? this : null);
    }

    private static ProjectSession build(Project project, MapSource source, Path folder, ProjectData data,
                                        ProjectSession previous) throws ProjectProblem {
        RiskModel bundledRisk;
        CoverageModel coverage;
        try {
            // Kept as shipped in the session, so each edit applies its own weights to the original ones.
            bundledRisk = previous != null ? previous.bundledRisk : new RiskModelReader().bundled();
            coverage = previous != null ? previous.coverageModel : new CoverageModelReader().bundled();
        } catch (IOException e) {
            throw new ProjectProblem("", e.getMessage(), e);
        }
        RiskModel risk = weighted(bundledRisk, project.model().riskWeights());
        MapDocument doc = document(project, data);
        ProjectedMap map = previous != null ? previous.map.with(doc) : ProjectedMap.of(doc, MapProjection.mexico());

        Optional<MapAnalysis> analysis = Optional.empty();
        if (project.layers().overlays().stream().anyMatch(o -> o.visible() && !o.id().equals(OverlayIds.POLYGONS))) {
            boolean reusable = previous != null && previous.analysis.isPresent()
                    && previous.project.overrides().equals(project.overrides())
                    && previous.project.model().equals(project.model());
            analysis = reusable ? previous.analysis : Optional.of(analyse(map, coverage, risk, project, data));
        }
        // Projected once per data: an edit that keeps the files keeps the projected cells (and the window's identity checks).
        Optional<PolygonCoverage> polygons = previous != null && previous.data.polygons() == data.polygons() ? previous.polygons
                : data.polygons().map(p -> PolygonCoverage.project(p, map.projection()));
        return new ProjectSession(project, source, folder, data, bundledRisk, coverage, map, analysis, polygons);
    }

    private static RiskModel weighted(RiskModel bundled, Map<String, Double> weights) throws ProjectProblem {
        RiskModel model = bundled;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            try {
                model = model.withWeight(w.getKey(), w.getValue());
            } catch (IllegalArgumentException e) {
                throw new ProjectProblem(StrictJson.child("/model/risk_weights", w.getKey()), e.getMessage(), e);
            }
        }
        if (model.factors().stream().noneMatch(f -> f.weight() > 0)) {
            throw new ProjectProblem("/model/risk_weights", "at least one risk weight must be above 0");
        }
        return model;
    }

    /** The data's map with the project's title, overrides (in order) and annotations. */
    private static MapDocument document(Project project, ProjectData data) throws ProjectProblem {
        MapDocument doc = data.document().withTitle(project.title());
        for (int i = 0; i < project.overrides().size(); i++) {
            VendorOverride o = project.overrides().get(i);
            Vendor vendor = vendor(doc, o.vendorId(), "/overrides/" + i + "/vendor");
            if (doc.regions().stream().noneMatch(r -> r.id().equals(o.regionId()))) {
                throw new ProjectProblem("/overrides/" + i + "/region", "no region '" + o.regionId() + "' in "
                        + doc.regionsSource() + " to override");
            }
            doc = doc.withOverride(o.regionId(), vendor, o.note());
        }
        return doc.withAnnotations(project.annotations());
    }

    private static Vendor vendor(MapDocument doc, String id, String pointer) throws ProjectProblem {
        if (id.equals(Vendor.UNASSIGNED.id())) return Vendor.UNASSIGNED;
        List<String> known = new ArrayList<>();
        for (Vendor v : doc.vendors()) {
            if (v.id().equals(id)) return v;
            known.add(v.id());
        }
        known.add(Vendor.UNASSIGNED.id());
        throw new ProjectProblem(pointer, "unknown vendor '" + id + "' (known: " + String.join(", ", known) + ")");
    }

    private static MapAnalysis analyse(ProjectedMap map, CoverageModel coverage, RiskModel risk, Project project,
                                       ProjectData data) throws ProjectProblem {
        try {
            return MapAnalysis.compute(AnalysisGeometry.of(map), coverage, risk, project.model().bandDistancesKm(),
                    data.coverage());
        } catch (IllegalArgumentException e) {
            throw new ProjectProblem("/model", "the analysis cannot be computed: " + e.getMessage(), e);
        }
    }

    public Project project() {
        return project;
    }

    public ProjectData data() {
        return data;
    }

    /** The map document drawn: the data's map with the project's title, overrides and annotations. */
    public MapDocument document() {
        return map.document();
    }

    public ProjectedMap map() {
        return map;
    }

    /** Present when an overlay is shown (computed only then: it is the slow part). */
    public Optional<MapAnalysis> analysis() {
        return analysis;
    }

    /** The imported coverage polygons projected onto the map, when the project names them. */
    public Optional<PolygonCoverage> polygons() {
        return polygons;
    }

    /** How many files {@link #dataFiles} lists, without hashing any: for a dialog that says what an export carries. */
    public int dataFileCount() {
        return data.files().size() + (analysis.isPresent() ? 2 : 0);
    }

    /** Every data file the pictures of this session are made from, with its SHA-256. */
    public List<DataFileUse> dataFiles() throws ProjectProblem {
        List<DataFileUse> files = new ArrayList<>(data.files());
        if (analysis.isPresent()) {
            files.add(ProjectData.bundled(CoverageModelReader.BUNDLED, "coverage-model"));
            files.add(ProjectData.bundled(RiskModelReader.BUNDLED, "risk-model"));
        }
        return files;
    }
}
