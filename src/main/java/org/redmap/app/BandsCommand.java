package org.redmap.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redmap.analysis.AnalysisGeometry;
import org.redmap.analysis.BandRegion;
import org.redmap.analysis.BorderBand;
import org.redmap.analysis.BorderBandCsv;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.BorderBands;
import org.redmap.analysis.VendorPopulation;
import org.redmap.io.AtomicFiles;
import org.redmap.io.CsvWriter;
import org.redmap.model.MapDocument;
import org.redmap.model.Vendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code redmap bands}: the border-proximity table. For each distance band from the US–Mexico
 * border line: the regions with land in it, its area, and the listed population by vendor.
 */
@Command(name = "bands", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Prints the border-band table: regions, area and listed population by vendor per distance band.",
                "For each distance band from the US–Mexico border: the regions with land in it, its area (km²,"
                        + " ellipsoidal) and the listed population (GeoNames places of 50,000 or more) by the vendor"
                        + " of their region. Bands are buffers of the border line in EPSG:6372, clipped to the"
                        + " regions. CSV cells that start with = + - @ are escaped."})
final class BandsCommand implements Callable<Integer> {

    enum Format { csv, json }

    /** The largest band limit accepted: beyond every point of Mexico. */
    static final double MAX_KM = 5000;
    static final int MAX_BANDS = 20;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    @Spec
    CommandSpec spec;

    @Option(names = "--distances", defaultValue = "50,100,200", paramLabel = "KM,KM,...",
            description = "The bands' outer limits in km, comma-separated, in any order (default: ${DEFAULT-VALUE}):"
                    + " 50,100,200 gives 0–50, 50–100 and 100–200 km. Each above 0 and at most " + (int) MAX_KM
                    + "; at most " + MAX_BANDS + " limits, none twice.")
    String distances;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (RFC 4180, one row per band) or json (an object with the bands). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the table to this file instead of stdout, atomically (an existing file is replaced"
                    + " whole or not at all). Its folder must exist. A CSV file starts with a UTF-8 byte-order mark"
                    + " so that spreadsheets show the accents.")
    Path out;

    @Option(names = "--regions", paramLabel = "GEOJSON",
            description = "Regions to analyse instead of Mexico's states, tagged with the same vendor rules.")
    Path regions;

    @Override
    public Integer call() throws Exception {
        List<Double> limits = parseDistances(distances);
        if (out != null) {
            if (Files.isDirectory(out)) usage("--out names a folder, not a file: " + out.toAbsolutePath().normalize());
            Path folder = out.toAbsolutePath().normalize().getParent();
            if (folder != null && !Files.isDirectory(folder)) usage("the output folder does not exist: " + folder);
        }
        MapDocument doc = Maps.load(regions);
        AnalysisGeometry geometry = AnalysisGeometry.of(Maps.project(doc));
        BorderBandTable table = new BorderBands().compute(geometry, limits);

        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(format == Format.csv ? csv(table) : json(table));
            stdout.flush();
            return Launcher.OK;
        }
        if (format == Format.csv) {
            new BorderBandCsv().write(out, table);
        } else {
            byte[] bytes = json(table).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(out, stream -> stream.write(bytes));
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s: %s, %d bands (%s), %d regions%n",
                out.toAbsolutePath().normalize(), format, table.bands().size(),
                table.bands().stream().map(BorderBand::label).collect(Collectors.joining(", ")), doc.regions().size());
        return Launcher.OK;
    }

    /** "50,100,200" → [50, 100, 200]; anything else than positive plain numbers is a usage error. */
    List<Double> parseDistances(String text) {
        List<Double> limits = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String s = part.trim();
            if (s.endsWith("km")) s = s.substring(0, s.length() - 2).trim();
            if (!NUMBER.matcher(s).matches()) {
                usage("--distances: '" + part.trim() + "' is not a distance in km; give positive numbers, comma-separated,"
                        + " for example 50,100,200");
            }
            double km = Double.parseDouble(s);
            if (!(km > 0) || km > MAX_KM) usage("--distances: " + s + " km is out of range; each limit must be above 0 and at most " + (int) MAX_KM + " km");
            if (limits.contains(km)) usage("--distances: " + s + " km is given twice");
            limits.add(km);
        }
        if (limits.size() > MAX_BANDS) usage("--distances: " + limits.size() + " bands; at most " + MAX_BANDS + " are allowed");
        limits.sort(Double::compare);
        return limits;
    }

    static String csv(BorderBandTable table) throws IOException {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        for (List<Object> row : new BorderBandCsv().rows(table)) csv.row(row);
        csv.flush();
        return text.toString();
    }

    static String json(BorderBandTable table) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode limits = root.putArray("distancesKm");
        table.distancesKm().forEach(d -> limits.add(f.numberNode(plain(d))));
        root.put("method", BorderBandTable.METHOD);
        ArrayNode vendors = root.putArray("vendors");
        for (Vendor v : table.vendors()) vendors.addObject().put("id", v.id()).put("name", v.name());
        ArrayNode bands = root.putArray("bands");
        for (BorderBand b : table.bands()) {
            ObjectNode o = bands.addObject();
            o.put("band", b.label());
            o.set("fromKm", f.numberNode(plain(b.fromKm())));
            o.set("toKm", f.numberNode(plain(b.toKm())));
            o.put("areaKm2", Math.round(b.areaKm2() * 10) / 10.0);
            o.put("places", b.places());
            o.put("population", b.population());
            ArrayNode rs = o.putArray("regions");
            for (BandRegion r : b.regions()) {
                rs.addObject().put("id", r.regionId()).put("name", r.name()).put("vendor", r.vendor().id())
                        .put("areaKm2", Math.round(r.areaKm2() * 10) / 10.0);
            }
            ArrayNode byVendor = o.putArray("byVendor");
            for (VendorPopulation v : b.byVendor()) {
                byVendor.addObject().put("vendor", v.vendor().id()).put("places", v.places()).put("population", v.population());
            }
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + System.lineSeparator();
    }

    /** 50.0 as 50, 12.5 as 12.5. */
    private static java.math.BigDecimal plain(double d) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    private void usage(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
