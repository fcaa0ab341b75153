package org.redmap.analysis;

import org.redmap.io.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.redmap.io.InputFiles;
import org.redmap.io.InputKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.redmap.model.Source;

/** Reads a {@code redmap-coverage-timeline} file (format in data/README.md), strictly. */
public final class CoverageTimelineReader {

    public static final String FORMAT = "redmap-coverage-timeline";
    public static final int VERSION = 1;
    public static final String BUNDLED = "coverage-timeline.json";
    private static final Set<String> QUALIFIERS = Set.of("exact", "about", "over");

    public CoverageTimeline read(Path file) throws IOException {
        return read(InputFiles.ofRuntime().readAllBytes(file, InputKind.JSON_CONFIG), file.getFileName().toString());
    }

    public CoverageTimeline bundled() throws IOException {
        return read(StrictJson.bundled(BUNDLED), BUNDLED);
    }

    public CoverageTimeline read(byte[] json, String fileName) throws DataFileException {
        StrictJson<DataFileException> f = StrictJson.parse(json, fileName, DataFileException::new);
        JsonNode root = f.root();
        f.checkFormat(FORMAT, VERSION);
        f.onlyKeys(root, "", "format", "version", "measure", "note", "sources", "entries");
        Map<String, CitedSource> sources = sources(f, f.object(root, "", "sources"));
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> items = f.nonEmptyArray(root, "", "entries");
        for (int i = 0; i < items.size(); i++) {
            String p = StrictJson.child("/entries", i);
            TimelineEntry entry = entry(f, f.object(items.get(i), p), p, sources);
            if (!ids.add(entry.id())) throw f.error(StrictJson.child(p, "id"), "entry id '" + entry.id() + "' is used twice");
            entries.add(entry);
        }
        return new CoverageTimeline((int) root.get("version").asLong(), f.text(root, "", "measure"),
                f.optionalText(root, "", "note"), entries);
    }

    private static Map<String, CitedSource> sources(StrictJson<DataFileException> f, JsonNode object) throws DataFileException {
        Map<String, CitedSource> sources = new LinkedHashMap<>();
        if (object.isEmpty()) throw f.error("/sources", "'sources' must not be empty");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = StrictJson.child("/sources", e.getKey());
            JsonNode s = f.object(e.getValue(), p);
            f.onlyKeys(s, p, "title", "publisher", "date", "url", "note");
            // stripped as PartialDate reads it: Source refuses " 2021", which used to escape as an IllegalArgumentException
            String date = f.text(s, p, "date").strip();
            partialDate(f, date, StrictJson.child(p, "date"));
            String url = f.text(s, p, "url");
            checkUrl(f, url, StrictJson.child(p, "url"));
            sources.put(e.getKey(), new CitedSource(e.getKey(),
                    new Source(f.text(s, p, "title"), f.text(s, p, "publisher"), date, url), f.optionalText(s, p, "note")));
        }
        return sources;
    }

    private static TimelineEntry entry(StrictJson<DataFileException> f, JsonNode e, String p, Map<String, CitedSource> sources)
            throws DataFileException {
        f.onlyKeys(e, p, "id", "date", "date_label", "kind", "figures", "note", "sources");
        String id = f.text(e, p, "id");
        PartialDate date = partialDate(f, f.text(e, p, "date"), StrictJson.child(p, "date"));
        TimelineKind kind;
        try {
            kind = TimelineKind.fromKey(f.text(e, p, "kind"));
        } catch (IllegalArgumentException ex) {
            throw f.error(StrictJson.child(p, "kind"), ex.getMessage());
        }
        List<TimelineFigure> figures = new ArrayList<>();
        List<JsonNode> items = f.nonEmptyArray(e, p, "figures");
        for (int i = 0; i < items.size(); i++) {
            String fp = StrictJson.child(StrictJson.child(p, "figures"), i);
            figures.add(figure(f, f.object(items.get(i), fp), fp, kind));
        }
        if (kind == TimelineKind.DISPUTED && figures.size() < 2) {
            throw f.error(StrictJson.child(p, "figures"), "a disputed entry needs the claim and at least one counter-claim");
        }
        List<CitedSource> cited = new ArrayList<>();
        List<JsonNode> ids = f.nonEmptyArray(e, p, "sources");
        for (int i = 0; i < ids.size(); i++) {
            String sp = StrictJson.child(StrictJson.child(p, "sources"), i);
            JsonNode ref = ids.get(i);
            if (!ref.isTextual()) throw f.error(sp, "a source reference must be a string");
            CitedSource source = sources.get(ref.asText());
            if (source == null) {
                throw f.error(sp, "unknown source '" + ref.asText() + "' (declared: " + String.join(", ", sources.keySet()) + ")");
            }
            if (cited.contains(source)) throw f.error(sp, "source '" + ref.asText() + "' is cited twice");
            cited.add(source);
        }
        return new TimelineEntry(id, date, f.optionalText(e, p, "date_label"), kind, figures,
                f.optionalText(e, p, "note"), cited);
    }

    private static TimelineFigure figure(StrictJson<DataFileException> f, JsonNode g, String p, TimelineKind kind) throws DataFileException {
        f.onlyKeys(g, p, "percent", "people_millions", "percent_qualifier", "people_qualifier", "due", "due_until",
                "label");
        OptionalDouble percent = f.has(g, "percent")
                ? OptionalDouble.of(f.number(g, p, "percent", 0, 100)) : OptionalDouble.empty();
        OptionalDouble people = f.has(g, "people_millions")
                ? OptionalDouble.of(f.number(g, p, "people_millions", 0, 10_000)) : OptionalDouble.empty();
        if (percent.isEmpty() && people.isEmpty()) throw f.error(p, "a figure needs 'percent' or 'people_millions'");
        String percentQualifier = qualifier(f, g, p, "percent_qualifier", percent.isPresent());
        String peopleQualifier = qualifier(f, g, p, "people_qualifier", people.isPresent());
        Optional<PartialDate> due = Optional.empty();
        Optional<PartialDate> until = Optional.empty();
        if (f.has(g, "due")) {
            if (kind != TimelineKind.TARGET) throw f.error(StrictJson.child(p, "due"), "only targets have a 'due' date");
            due = Optional.of(partialDate(f, f.text(g, p, "due"), StrictJson.child(p, "due")));
        }
        if (f.has(g, "due_until")) {
            if (due.isEmpty()) throw f.error(StrictJson.child(p, "due_until"), "'due_until' needs 'due'");
            until = Optional.of(partialDate(f, f.text(g, p, "due_until"), StrictJson.child(p, "due_until")));
            if (until.get().compareTo(due.get()) <= 0) {
                throw f.error(StrictJson.child(p, "due_until"), "'due_until' must be after 'due'");
            }
        }
        return new TimelineFigure(percent, people, percentQualifier, peopleQualifier, due, until,
                f.optionalText(g, p, "label"));
    }

    private static String qualifier(StrictJson<DataFileException> f, JsonNode g, String p, String key, boolean figurePresent)
            throws DataFileException {
        String qualifier = f.optionalText(g, p, key);
        if (qualifier == null) return null;
        if (!QUALIFIERS.contains(qualifier)) {
            throw f.error(StrictJson.child(p, key), "unknown qualifier '" + qualifier + "' (expected about, exact or over)");
        }
        if (!figurePresent) throw f.error(StrictJson.child(p, key), "'" + key + "' qualifies a figure that is not given");
        return qualifier;
    }

    private static PartialDate partialDate(StrictJson<DataFileException> f, String text, String pointer) throws DataFileException {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error(pointer, e.getMessage());
        }
    }

    private static void checkUrl(StrictJson<DataFileException> f, String url, String pointer) throws DataFileException {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw f.error(pointer, "'" + url + "' is not an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw f.error(pointer, "'" + url + "' is not a URL: " + e.getReason());
        }
    }
}
