package org.redmap.io;

import static org.redmap.io.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redmap.model.NetworkElement;

/** Reads {@code elements}: parts of the network that have a vendor claim but no place. */
final class ElementSection {

    private final JsonFields f;
    private final AssignmentFields shared;

    ElementSection(AssignmentFields shared) {
        this.f = shared.json();
        this.shared = shared;
    }

    List<NetworkElement> read(JsonNode root) throws AssignmentFileException {
        JsonNode array = f.optionalArray(root, "", "elements");
        Set<String> ids = new HashSet<>();
        List<NetworkElement> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String ptr = child("/elements", i);
            JsonNode e = f.object(array.get(i), ptr, "element " + i);
            f.onlyKeys(e, ptr, AssignmentFields.keysWith("id", "name"));
            String id = shared.uniqueId(e, ptr, ids, "element");
            elements.add(new NetworkElement(id, f.text(e, ptr, "name"),
                    shared.assignment(e, ptr, "element " + i + " (" + id + ")")));
        }
        return elements;
    }
}
