package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.Confidence;
import org.redmap.model.Source;
import org.redmap.model.Vendor;
import org.redmap.tagging.MatchText;
import org.redmap.tagging.SourceEntry;

/**
 * The fields every kind of rule shares (vendor, basis, confidence, sources, note), validated
 * against the vendors and sources the header declared and resolved to model objects.
 */
final class AssignmentFields {

    private static final Set<String> KEYS = Set.of("vendor", "basis", "confidence", "sources", "note");
    private static final Pattern ISO = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{1,3}");

    private final JsonFields f;
    private final Map<String, Vendor> vendors;
    private final Map<String, Source> sources = new HashMap<>();

    AssignmentFields(JsonFields fields, Map<String, Vendor> vendors, List<SourceEntry> sources) {
        this.f = fields;
        this.vendors = vendors;
        sources.forEach(s -> this.sources.put(s.id(), s.source()));
    }

    JsonFields json() {
        return f;
    }

    /** The assignment keys plus a rule kind's own keys: what {@link JsonFields#onlyKeys} allows. */
    static Set<String> keysWith(String... own) {
        Set<String> all = new HashSet<>(KEYS);
        all.addAll(List.of(own));
        return all;
    }

    /** An optional ISO 3166-2 code, upper-cased; {@code example} shows the expected shape. */
    String isoCode(JsonNode node, String ptr, String key, String example) throws AssignmentFileException {
        String iso = f.optionalText(node, ptr, key);
        if (iso != null && !ISO.matcher(iso).matches()) {
            throw f.error(child(ptr, key), "'" + iso + "' is not an ISO 3166-2 code like " + example);
        }
        return MatchText.iso(iso);
    }

    /** The node's {@code id}, which must not be in {@code ids} yet; it is added. */
    String uniqueId(JsonNode node, String ptr, Set<String> ids, String what) throws AssignmentFileException {
        String id = f.text(node, ptr, "id");
        if (!ids.add(id)) throw f.error(child(ptr, "id"), "duplicate " + what + " id '" + id + "'");
        return id;
    }

    /** The vendor, basis, confidence, sources and note shared by every kind of rule. */
    Assignment assignment(JsonNode node, String ptr, String what) throws AssignmentFileException {
        Vendor vendor = vendor(node, ptr, what);
        Basis basis;
        Confidence confidence;
        try {
            basis = Basis.fromKey(f.text(node, ptr, "basis"));
        } catch (IllegalArgumentException e) {
            throw f.error(child(ptr, "basis"), e.getMessage() + " in " + what);
        }
        try {
            confidence = Confidence.fromKey(f.text(node, ptr, "confidence"));
        } catch (IllegalArgumentException e) {
            throw f.error(child(ptr, "confidence"), e.getMessage() + " in " + what);
        }
        List<Source> list = sourceList(node, ptr, what);
        String note = f.optionalText(node, ptr, "note");
        if (basis != Basis.ANALYST && list.isEmpty()) {
            throw f.error(ptr, "a " + basis.key() + " assignment needs at least one source in 'sources', in " + what);
        }
        // An inference without its reasoning cannot be checked by anyone reading the map.
        if (basis == Basis.INFERRED && note == null) {
            throw f.error(ptr, "an inferred assignment must say in 'note' what it was inferred from, in " + what);
        }
        return new Assignment(vendor, basis, confidence, list, note);
    }

    Vendor vendor(JsonNode node, String ptr, String what) throws AssignmentFileException {
        String id = f.text(node, ptr, "vendor");
        Vendor vendor = vendors.get(id);
        if (vendor == null) {
            throw f.error(child(ptr, "vendor"), "unknown vendor '" + id + "' in " + what + " (declared vendors: "
                    + String.join(", ", vendors.keySet()) + ")");
        }
        return vendor;
    }

    List<Source> sourceList(JsonNode node, String ptr, String what) throws AssignmentFileException {
        List<String> ids = f.texts(node, ptr, "sources");
        List<Source> list = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String sp = child(child(ptr, "sources"), i);
            Source source = sources.get(id);
            if (source == null) {
                throw f.error(sp, "unknown source '" + id + "' in " + what + "; add it to the top-level 'sources'");
            }
            if (!used.add(id)) throw f.error(sp, "source '" + id + "' is listed twice in " + what);
            list.add(source);
        }
        return list;
    }
}
