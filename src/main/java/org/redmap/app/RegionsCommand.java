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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** {@code redmap regions}: every region with its vendor and where that claim comes from. */
@Command(name = "regions", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Lists every region with its vendor, basis, confidence and sources.",
                "Also how the rule matched it and the rule's note. Data goes to stdout, messages to stderr.",
                "Unassigned regions show vendor 'unassigned' with an empty basis and confidence."})
final class RegionsCommand implements Callable<Integer> {

    enum Format { json, csv }

    static final List<String> CSV_HEADER = List.of("id", "name", "vendor_id", "vendor_name", "basis", "confidence",
            "matched_by", "note", "source_titles", "source_publishers", "source_dates", "source_urls");
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

    @Override
    public Integer call() throws Exception {
        MapDocument doc = Maps.load(regions);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.csv ? csv(doc.regions()) : json(doc.regions()));
        out.flush();
        return Launcher.OK;
    }

    static String json(List<TaggedRegion> regions) throws Exception {
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
            }
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array)
                + System.lineSeparator();
    }

    static String csv(List<TaggedRegion> regions) throws IOException {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row(CSV_HEADER);
        for (TaggedRegion r : regions) {
            Assignment a = r.assignment().orElse(null);
            List<Source> sources = a == null ? List.of() : a.sources();
            List<String> row = new ArrayList<>(CSV_HEADER.size());
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
            csv.row(row);
        }
        csv.flush();
        return text.toString();
    }

    private static String join(List<Source> sources, Function<Source, String> field) {
        return sources.stream().map(field).collect(Collectors.joining(JOIN));
    }
}
