package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redmap.tagging.MatchText;
import org.redmap.tagging.RegionRule;

/** Reads {@code regions}: the keys of each rule, and no two rules for the same region. */
final class RegionSection {

    private final JsonFields f;
    private final AssignmentFields shared;

    RegionSection(AssignmentFields shared) {
        this.f = shared.json();
        this.shared = shared;
    }

    List<RegionRule> read(JsonNode root) throws AssignmentFileException {
        JsonNode array = f.array(root, "", "regions");
        Map<String, String> seen = new HashMap<>(); // normalised key -> pointer of the rule that has it
        List<RegionRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String ptr = child("/regions", i);
            JsonNode r = f.object(array.get(i), ptr, "region rule " + i);
            f.onlyKeys(r, ptr, AssignmentFields.keysWith("iso", "inegi", "name", "aliases"));
            String iso = shared.isoCode(r, ptr, "iso", "MX-SON");
            String inegi = inegi(r, ptr);
            String name = f.optionalText(r, ptr, "name");
            List<String> aliases = f.texts(r, ptr, "aliases");
            checkFoldable(name, child(ptr, "name"));
            for (int a = 0; a < aliases.size(); a++) checkFoldable(aliases.get(a), child(child(ptr, "aliases"), a));
            if (iso == null && inegi == null && name == null) {
                throw f.error(ptr, "region rule " + i + " needs at least one of 'iso', 'inegi' or 'name'");
            }
            String what = "region rule " + i + " (" + (iso != null ? iso : name != null ? name : "inegi " + inegi) + ")";
            unique(seen, "iso " + iso, iso != null, ptr, child(ptr, "iso"), what);
            unique(seen, "inegi " + inegi, inegi != null, ptr, child(ptr, "inegi"), what);
            unique(seen, "name " + MatchText.name(name), name != null, ptr, child(ptr, "name"), what);
            for (int a = 0; a < aliases.size(); a++) {
                unique(seen, "name " + MatchText.name(aliases.get(a)), true, ptr, child(child(ptr, "aliases"), a), what);
            }
            rules.add(new RegionRule(iso, inegi, name, aliases, shared.assignment(r, ptr, what)));
        }
        return rules;
    }

    /** A name of punctuation only folds to nothing and could never match a region. */
    private void checkFoldable(String name, String ptr) throws AssignmentFileException {
        if (name != null && MatchText.name(name) == null) {
            throw f.error(ptr, "name '" + name + "' has no letters or digits to match on");
        }
    }

    /** Two rules for one region would make the result depend on rule order; the file must decide. */
    private void unique(Map<String, String> seen, String key, boolean present, String rulePtr, String keyPtr,
                        String what) throws AssignmentFileException {
        if (!present) return;
        String first = seen.putIfAbsent(key, rulePtr);
        if (first != null && first.equals(rulePtr)) {
            throw f.error(keyPtr, what + " lists " + key + " twice");
        }
        if (first != null) {
            throw f.error(keyPtr, "duplicate rule for the same region: " + what + " repeats " + key
                    + ", already used by the rule at " + first);
        }
    }

    /** INEGI codes may be written as strings ("05") or numbers (5); both mean state 05. */
    private String inegi(JsonNode r, String ptr) throws AssignmentFileException {
        if (!f.has(r, "inegi")) return null;
        JsonNode value = r.get("inegi");
        String code = value.isTextual() ? MatchText.inegi(value.asText())
                : value.isIntegralNumber() ? MatchText.inegi(value.longValue()) : null;
        if (code == null) {
            throw f.error(child(ptr, "inegi"), "'inegi' must be a code of digits such as \"05\", found " + value);
        }
        return code;
    }
}
