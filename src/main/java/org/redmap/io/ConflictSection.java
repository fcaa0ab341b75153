package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redmap.model.Claim;
import org.redmap.model.Conflict;
import org.redmap.model.Source;
import org.redmap.model.Vendor;

/** Reads {@code conflicts}: disagreeing claims, all kept, so the map can show the disagreement. */
final class ConflictSection {

    private final JsonFields f;
    private final AssignmentFields shared;

    ConflictSection(AssignmentFields shared) {
        this.f = shared.json();
        this.shared = shared;
    }

    List<Conflict> read(JsonNode root) throws AssignmentFileException {
        JsonNode array = f.optionalArray(root, "", "conflicts");
        Set<String> ids = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String ptr = child("/conflicts", i);
            JsonNode c = f.object(array.get(i), ptr, "conflict " + i);
            f.onlyKeys(c, ptr, Set.of("id", "topic", "claims"));
            String id = shared.uniqueId(c, ptr, ids, "conflict");
            String what = "conflict " + i + " (" + id + ")";
            String topic = f.text(c, ptr, "topic");
            JsonNode claimsNode = f.array(c, ptr, "claims");
            List<Claim> claims = new ArrayList<>();
            Set<String> claimed = new LinkedHashSet<>();
            for (int k = 0; k < claimsNode.size(); k++) {
                String cp = child(child(ptr, "claims"), k);
                JsonNode claim = f.object(claimsNode.get(k), cp, "claim " + k);
                f.onlyKeys(claim, cp, Set.of("vendor", "statement", "sources"));
                Vendor vendor = shared.vendor(claim, cp, what);
                List<Source> claimSources = shared.sourceList(claim, cp, what);
                if (claimSources.isEmpty()) throw f.error(cp, "a claim in " + what + " needs at least one source");
                claims.add(new Claim(vendor, f.text(claim, cp, "statement"), claimSources));
                claimed.add(vendor.id());
            }
            // A "conflict" whose claims agree on the vendor would tell the analyst nothing.
            if (claimed.size() < 2) {
                throw f.error(child(ptr, "claims"), what + " needs claims for at least two different vendors");
            }
            conflicts.add(new Conflict(id, topic, claims));
        }
        return conflicts;
    }
}
