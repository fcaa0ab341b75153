package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redmap.model.SiteKind;
import org.redmap.tagging.Anchor;
import org.redmap.tagging.MatchText;
import org.redmap.tagging.PlaceRule;

/** Reads {@code places}: notable places with their anchors, left unresolved. */
final class PlaceSection {

    private final JsonFields f;
    private final AssignmentFields shared;

    PlaceSection(AssignmentFields shared) {
        this.f = shared.json();
        this.shared = shared;
    }

    List<PlaceRule> read(JsonNode root) throws AssignmentFileException {
        JsonNode array = f.optionalArray(root, "", "places");
        Set<String> ids = new HashSet<>();
        List<PlaceRule> places = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String ptr = child("/places", i);
            JsonNode p = f.object(array.get(i), ptr, "place " + i);
            f.onlyKeys(p, ptr, AssignmentFields.keysWith("id", "name", "kind", "anchor", "approximate"));
            String id = shared.uniqueId(p, ptr, ids, "place");
            String what = "place " + i + " (" + id + ")";
            SiteKind kind;
            try {
                kind = SiteKind.fromKey(f.text(p, ptr, "kind"));
            } catch (IllegalArgumentException e) {
                throw f.error(child(ptr, "kind"), e.getMessage() + " in " + what);
            }
            places.add(new PlaceRule(id, f.text(p, ptr, "name"), kind, anchor(p, ptr, what),
                    f.optionalBoolean(p, ptr, "approximate"), shared.assignment(p, ptr, what)));
        }
        return places;
    }

    private Anchor anchor(JsonNode p, String placePtr, String what) throws AssignmentFileException {
        if (!f.has(p, "anchor")) throw f.error(placePtr, "missing required field 'anchor' in " + what);
        String ptr = child(placePtr, "anchor");
        JsonNode a = f.object(p.get("anchor"), ptr, "'anchor'");
        boolean city = a.has("city");
        boolean region = a.has("region");
        boolean point = a.has("lon") || a.has("lat");
        if ((city ? 1 : 0) + (region ? 1 : 0) + (point ? 1 : 0) != 1) {
            throw f.error(ptr, "anchor of " + what + " must be exactly one of {\"city\": …, \"state\": …},"
                    + " {\"region\": …} or {\"lon\": …, \"lat\": …}");
        }
        if (city) {
            f.onlyKeys(a, ptr, Set.of("city", "state"));
            String state = shared.isoCode(a, ptr, "state", "MX-NLE");
            return new Anchor.City(f.text(a, ptr, "city"), state);
        }
        if (region) {
            f.onlyKeys(a, ptr, Set.of("region"));
            return new Anchor.OfRegion(MatchText.iso(f.text(a, ptr, "region")));
        }
        f.onlyKeys(a, ptr, Set.of("lon", "lat"));
        try {
            return new Anchor.Point(f.number(a, ptr, "lon"), f.number(a, ptr, "lat"));
        } catch (IllegalArgumentException e) {
            throw f.error(ptr, e.getMessage() + " in " + what);
        }
    }
}
