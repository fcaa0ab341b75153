package org.redmap.io;

import java.util.HashMap;
import java.util.Map;

/** Rejects a second feature with an id already taken in the same file, naming both features. */
final class UniqueIds {

    private final FeatureCollection collection;
    private final String what;
    private final Map<String, Integer> owners = new HashMap<>();

    /** @param what the singular noun for messages, such as "region" */
    UniqueIds(FeatureCollection collection, String what) {
        this.collection = collection;
        this.what = what;
    }

    void claim(String id, Feature feature) throws GeoJsonException {
        Integer owner = owners.putIfAbsent(id, feature.index());
        if (owner != null) {
            throw collection.error(feature, what + " id \"" + id + "\" is already used by feature " + owner
                    + "; " + what + " ids must be unique within a file");
        }
    }
}
