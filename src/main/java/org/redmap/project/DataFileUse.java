package org.redmap.project;

import java.util.Objects;
import java.util.Optional;

/**
 * One data file an export was made from, with the SHA-256 of the bytes read, for the sidecar.
 *
 * @param name   "bundled:mexico-states.geojson" for data inside redmap, the file name otherwise
 * @param role   what it was used for: "regions", "coverage", "vendor-assignments", ...
 * @param path   the absolute path of a file outside redmap; empty for bundled data. The sidecar
 *               records it relative to the project ({@link ReleasePaths}) unless asked for local paths
 * @param sha256 lower-case hex
 */
public record DataFileUse(String name, String role, Optional<String> path, String sha256) {

    public DataFileUse {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
