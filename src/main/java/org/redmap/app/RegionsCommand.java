package org.redmap.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageValue;
import org.redmap.analysis.FactorContribution;
import org.redmap.analysis.JoinProblem;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RegionCoverage;
import org.redmap.analysis.RegionRisk;
import org.redmap.analysis.RiskFactor;
import org.redmap.io.CsvWriter;
import org.redmap.model.Assignment;
import org.redmap.model.MapDocument;
import org.redmap.model.Source;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code redmap regions}: every region with its vendor and where that claim comes from, its
 * coverage (modelled, or from a joined table) and its risk score with the score's breakdown.
 */
@Command(name = "regions", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Lists every region with its vendor, basis, confidence and sources, its coverage and its risk score.",
                "Also how the rule matched it and the rule's note. Data goes to stdout, messages to stderr."
                        + " Unassigned regions show vendor 'unassigned' with an empty basis and confidence.",
                "Coverage is the modelled share of listed population (labelled modelled), or the value of a table"
                        + " joined with --coverage; the risk score (modelled: assumed weights) comes with its breakdown"
                        + " by factor."})
final class RegionsCommand implements Callable<Integer> {

    enum Format { json, csv }

    /** The vendor columns of the CSV; {@link #csvHeader} adds the coverage and risk columns after them. */
    static final List<String> CSV_HEADER = List.of("id", "name", "vendor_id", "vendor_name", "basis", "confidence",
            "matched_by", "note", "source_titles", "source_publishers", "source_dates", "source_urls");
    /** After the vendor columns: then one {@code risk_<factor id>} column per factor, in the risk model's order. */
    static final List<String> ANALYSIS_HEADER = List.of("coverage", "coverage_modelled", "coverage_source", "risk_score");
    /** Joins several sources in one CSV cell. */
    static final String JOIN = " | ";

    @Spec
    CommandSpec spec;

    @Option(names = "--regions", paramLabel = "GEOJSON",
            description = "Regions to list instead of Mexico's states, tagged with the same vendor rules.")
    Path regions;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json (an array of objects) or csv (RFC 4180, one row per region). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--coverage", paramLabel = "FILE.csv",
            description = "A coverage table (CSV) joined to the regions by id, replacing the modelled coverage (and the"
                    + " coverage in the risk score). The join's report goes to stderr.")
    Path coverage;

    @Option(names = "--strict", description = "Any problem in the --coverage join (an unknown id, a bad cell) is an"
            + " error, exit 3, and nothing is listed.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        MapDocument doc = Maps.load(regions);
        CoverageJoin join = coverage == null ? null : Maps.joinCoverage(coverage, doc);
        if (join != null) Maps.report(join, spec.commandLine().getErr(), strict);
        MapAnalysis analysis = Maps.analyse(Maps.project(doc), join);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.csv ? csv(doc.regions(), analysis) : json(doc.regions(), analysis));
        out.flush();
        return Launcher.OK;
    }

    static String json(List<TaggedRegion> regions, MapAnalysis analysis) throws Exception {
        Lookup lookup = new Lookup(analysis);
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode array = f.arrayNode();
        for (TaggedRegion r : regions) {
            Assignment a = r.assignment().orElse(null);
            Vendor vendor = r.vendor();
            ObjectNode o = array.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            ObjectNode v = o.putObject("vendor");
            v.put("id", vendor.id());
            v.put("name", vendor.name());
            o.put("basis", a == null ? "" : a.basis().key());
            o.put("confidence", a == null ? "" : a.confidence().key());
            o.put("matchedBy", r.matchedBy());
            o.put("note", a == null ? "" : a.note());
            ArrayNode sources = o.putArray("sources");
            for (Source s : a == null ? List.<Source>of() : a.sources()) {
                ObjectNode so = sources.addObject();
                so.put("title", s.title());
                so.put("publisher", s.publisher());
                so.put("date", s.date());
                so.put("url", s.url());
                if (!s.note().isEmpty()) so.put("note", s.note());
            }
            coverageJson(o.putObject("coverage"), lookup.coverage(r));
            riskJson(o.putObject("risk"), lookup.risk(r.id()), analysis);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array)
                + System.lineSeparator();
    }

    private static void coverageJson(ObjectNode o, CoverageCell c) {
        number(o, "value", c.value());
        o.put("modelled", c.modelled());
        o.put("source", c.source());
        if (c.modelledDetail() != null) {
            RegionCoverage m = c.modelledDetail();
            o.put("placesListed", m.placesListed());
            o.put("placesCovered", m.placesCovered());
            o.put("listedPopulation", m.listedPopulation());
            o.put("coveredPopulation", m.coveredPopulation());
            number(o, "areaShare", m.areaShare());
        }
        if (c.tableValue() != null) {
            CoverageValue t = c.tableValue();
            o.put("file", c.file());
            o.put("line", t.line());
            o.put("raw", t.rawText());
            if (t.date().isPresent()) o.put("date", t.date().get().toString()); else o.putNull("date");
            o.put("tableSource", t.source());
        }
        if (!c.note().isEmpty()) o.put("note", c.note());
    }

    private static void riskJson(ObjectNode o, Optional<RegionRisk> risk, MapAnalysis analysis) {
        number(o, "score", risk.map(RegionRisk::score).orElse(OptionalDouble.empty()));
        o.put("modelled", true);
        o.put("model", analysis.riskModel().label());
        ArrayNode breakdown = o.putArray("breakdown");
        for (FactorContribution c : risk.map(RegionRisk::breakdown).orElse(List.of())) {
            ObjectNode fo = breakdown.addObject();
            fo.put("id", c.factorId());
            fo.put("label", c.label());
            fo.put("rawInput", c.rawInput());
            number(fo, "normalised", c.normalised());
            fo.put("weight", c.weight());
            fo.put("contribution", round(c.contribution()));
            fo.put("formula", c.formula());
            fo.put("source", c.input());
            fo.put("assumption", c.assumption());
        }
    }

    private static void number(ObjectNode o, String key, OptionalDouble value) {
        if (value.isPresent()) o.put(key, round(value.getAsDouble())); else o.putNull(key);
    }

    /**
     * Shares, scores and contributions to 6 decimals: more would be noise from the arithmetic
     * (0.08000000000000002), and a region's rounded contributions still add up to its score within 0.000003.
     */
    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** The CSV header: the vendor columns, coverage and risk, then one contribution column per risk factor. */
    static List<String> csvHeader(MapAnalysis analysis) {
        List<String> header = new ArrayList<>(CSV_HEADER);
        header.addAll(ANALYSIS_HEADER);
        for (RiskFactor factor : analysis.riskModel().factors()) header.add("risk_" + factor.id());
        return header;
    }

    static String csv(List<TaggedRegion> regions, MapAnalysis analysis) throws IOException {
        Lookup lookup = new Lookup(analysis);
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        List<String> header = csvHeader(analysis);
        csv.row(header);
        for (TaggedRegion r : regions) {
            Assignment a = r.assignment().orElse(null);
            List<Source> sources = a == null ? List.of() : a.sources();
            List<Object> row = new ArrayList<>(header.size());
            row.add(r.id());
            row.add(r.name());
            row.add(r.vendor().id());
            row.add(r.vendor().name());
            row.add(a == null ? "" : a.basis().key());
            row.add(a == null ? "" : a.confidence().key());
            row.add(r.matchedBy());
            row.add(a == null ? "" : a.note());
            row.add(join(sources, Source::title));
            row.add(join(sources, Source::publisher));
            row.add(join(sources, Source::date));
            row.add(join(sources, Source::url));
            CoverageCell c = lookup.coverage(r);
            row.add(boxed(c.value()));
            row.add(c.modelled());
            row.add(c.note().isEmpty() ? c.source() : c.source() + ": " + c.note());
            Optional<RegionRisk> risk = lookup.risk(r.id());
            row.add(boxed(risk.map(RegionRisk::score).orElse(OptionalDouble.empty())));
            for (RiskFactor factor : analysis.riskModel().factors()) {
                row.add(risk.flatMap(rr -> rr.factor(factor.id())).map(k -> round(k.contribution())).orElse(null));
            }
            csv.row(row);
        }
        csv.flush();
        return text.toString();
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    private static String join(List<Source> sources, Function<Source, String> field) {
        return sources.stream().map(field).collect(Collectors.joining(JOIN));
    }

    /**
     * One region's coverage as the map shows it: the joined table's value where a table is joined
     * (no value when its row is missing or unusable, never the model's instead), else the model's.
     *
     * @param source         where the value comes from: the model's label, or "FILE line N: SOURCE, DATE"
     * @param note           why there is no value, or ""
     * @param modelledDetail the model's figures for the region, when the value is modelled
     * @param tableValue     the table's row, when the value comes from a table
     */
    record CoverageCell(OptionalDouble value, boolean modelled, String source, String note, RegionCoverage modelledDetail,
                        String file, CoverageValue tableValue) {
    }

    /**
     * The analysis indexed by region id once, so that writing every region of a 20,000-cell file
     * stays linear rather than searching the lists for each one.
     */
    static final class Lookup {

        private final MapAnalysis analysis;
        private final Map<String, RegionRisk> risk = new HashMap<>();
        private final Map<String, RegionCoverage> modelled = new HashMap<>();
        private final Map<String, String> withoutValue = new HashMap<>();

        Lookup(MapAnalysis analysis) {
            this.analysis = analysis;
            for (RegionRisk r : analysis.risk().regions()) risk.putIfAbsent(r.regionId(), r);
            for (RegionCoverage c : analysis.modelledCoverage().regions()) modelled.putIfAbsent(c.regionId(), c);
            analysis.coverageTable().ifPresent(join -> join.problems(JoinProblem.Kind.REGION_WITHOUT_VALUE)
                    .forEach(p -> withoutValue.putIfAbsent(p.regionId(), p.message())));
        }

        Optional<RegionRisk> risk(String regionId) {
            return Optional.ofNullable(risk.get(regionId));
        }

        CoverageCell coverage(TaggedRegion region) {
            Optional<CoverageJoin> table = analysis.coverageTable();
            if (table.isPresent()) {
                CoverageJoin join = table.get();
                Optional<CoverageValue> v = join.value(region.id());
                if (v.isPresent()) {
                    CoverageValue t = v.get();
                    String where = join.source() + " line " + t.line();
                    String said = t.source() + (t.date().isPresent() ? (t.source().isEmpty() ? "" : ", ") + t.date().get() : "");
                    return new CoverageCell(OptionalDouble.of(t.value()), false, said.isEmpty() ? where : where + ": " + said,
                            "", null, join.source(), t);
                }
                String why = withoutValue.getOrDefault(region.id(), region.id() + ": no value");
                return new CoverageCell(OptionalDouble.empty(), false, join.source(), "no value, " + why, null,
                        join.source(), null);
            }
            String label = analysis.modelledCoverage().model().label();
            Optional<RegionCoverage> m = Optional.ofNullable(modelled.get(region.id()));
            OptionalDouble share = m.map(RegionCoverage::populationShare).orElse(OptionalDouble.empty());
            String note = share.isPresent() ? ""
                    : "no value, the region has no listed place (GeoNames places of 50,000 people or more)";
            return new CoverageCell(share, true, label, note, m.orElse(null), "", null);
        }
    }
}
