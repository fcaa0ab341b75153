package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.redmap.model.Source;
import org.redmap.model.Vendor;
import org.redmap.tagging.AssignmentBook;
import org.redmap.tagging.MatchKeys;
import org.redmap.tagging.SourceEntry;

/**
 * Validates the document's header and dictionaries (format, version, sources, vendors, match keys)
 * and hands each rule section to its reader. One instance per read.
 */
final class AssignmentParser {

    private static final Set<String> TOP_KEYS = Set.of("format", "version", "network", "note", "sources", "vendors",
            "match", "regions", "places", "elements", "conflicts");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final JsonFields f;

    AssignmentParser(JsonFields fields) {
        this.f = fields;
    }

    AssignmentBook parse(JsonNode root) throws AssignmentFileException {
        f.object(root, "", "the document");
        checkFormatAndVersion(root);
        f.onlyKeys(root, "", TOP_KEYS);
        String network = f.text(root, "", "network");
        List<SourceEntry> sources = sources(root);
        Map<String, Vendor> vendors = vendors(root);
        MatchKeys match = match(root);
        AssignmentFields shared = new AssignmentFields(f, vendors, sources);
        return new AssignmentBook(network, List.copyOf(vendors.values()), match, new RegionSection(shared).read(root),
                new PlaceSection(shared).read(root), new ElementSection(shared).read(root),
                new ConflictSection(shared).read(root), sources);
    }

    /** Checked first: a file from a newer redmap may use keys this one does not know. */
    private void checkFormatAndVersion(JsonNode root) throws AssignmentFileException {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(AssignmentFileReader.FORMAT)) {
            throw f.error(format == null ? "" : "/format", "not a vendor-assignments file: 'format' must be \""
                    + AssignmentFileReader.FORMAT + "\"" + (format == null ? " but is missing" : ", found " + format));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw f.error(version == null ? "" : "/version", "'version' must be a whole number"
                    + (version == null ? " but is missing" : ", found " + version));
        }
        int v = version.intValue();
        if (v > AssignmentFileReader.VERSION) {
            throw f.error("/version", "made by a newer redmap: format version " + v + ", this redmap reads up to version "
                    + AssignmentFileReader.VERSION + "; update redmap to open it");
        }
        if (v < 1) throw f.error("/version", "unsupported format version " + v + " (versions start at 1)");
    }

    private List<SourceEntry> sources(JsonNode root) throws AssignmentFileException {
        JsonNode all = f.requiredObject(root, "", "sources");
        List<SourceEntry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ptr = child("/sources", e.getKey());
            checkId(e.getKey(), ptr, "source");
            JsonNode s = f.object(e.getValue(), ptr, "source '" + e.getKey() + "'");
            f.onlyKeys(s, ptr, Set.of("title", "publisher", "date", "url", "note"));
            String date = f.text(s, ptr, "date");
            checkDate(date, child(ptr, "date"));
            String url = f.text(s, ptr, "url");
            checkUrl(url, child(ptr, "url"));
            String note = f.optionalText(s, ptr, "note");
            Source source = new Source(f.text(s, ptr, "title"), f.text(s, ptr, "publisher"), date, url, note == null ? "" : note);
            entries.add(new SourceEntry(e.getKey(), source, note));
        }
        if (entries.isEmpty()) throw f.error("/sources", "'sources' is empty; every rule needs a source");
        return entries;
    }

    private void checkDate(String date, String ptr) throws AssignmentFileException {
        try {
            if (!DATE.matcher(date).matches()) throw new DateTimeException("wrong shape");
            if (date.length() == 7) YearMonth.parse(date);
            if (date.length() == 10) LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw f.error(ptr, "date '" + date + "' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private void checkUrl(String url, String ptr) throws AssignmentFileException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return;
        } catch (URISyntaxException e) {
            // reported below, with the same message as a wrong scheme
        }
        throw f.error(ptr, "url '" + url + "' is not an absolute http or https URL");
    }

    private Map<String, Vendor> vendors(JsonNode root) throws AssignmentFileException {
        JsonNode all = f.requiredObject(root, "", "vendors");
        Map<String, Vendor> vendors = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ptr = child("/vendors", e.getKey());
            checkId(e.getKey(), ptr, "vendor");
            if (e.getKey().equals(Vendor.UNASSIGNED.id())) {
                throw f.error(ptr, "vendor id 'unassigned' is reserved for regions no rule matches");
            }
            JsonNode v = f.object(e.getValue(), ptr, "vendor '" + e.getKey() + "'");
            f.onlyKeys(v, ptr, Set.of("name", "note"));
            vendors.put(e.getKey(), new Vendor(e.getKey(), f.text(v, ptr, "name")));
        }
        if (vendors.isEmpty()) throw f.error("/vendors", "'vendors' is empty");
        return vendors;
    }

    private MatchKeys match(JsonNode root) throws AssignmentFileException {
        JsonNode m = f.requiredObject(root, "", "match");
        f.onlyKeys(m, "/match", Set.of("iso", "inegi", "name"));
        MatchKeys keys = new MatchKeys(f.texts(m, "/match", "iso"), f.texts(m, "/match", "inegi"),
                f.texts(m, "/match", "name"));
        if (keys.iso().isEmpty() && keys.inegi().isEmpty() && keys.name().isEmpty()) {
            throw f.error("/match", "'match' lists no property, so no rule could ever match a region");
        }
        return keys;
    }

    private void checkId(String id, String ptr, String what) throws AssignmentFileException {
        if (!ID.matcher(id).matches()) {
            throw f.error(ptr, what + " id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
    }
}
