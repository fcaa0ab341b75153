package org.redmap.tagging;

import java.util.List;

/**
 * Which feature properties identify a region, per kind of key. Kept in the assignment file rather
 * than in code because every regions file names its columns differently (Natural Earth "id",
 * INEGI "CVE_ENT"/"NOMGEO", …); listing them lets the same rules tag any of those files.
 * Within each list the properties are tried in order.
 */
public record MatchKeys(List<String> iso, List<String> inegi, List<String> name) {

    public MatchKeys {
        iso = List.copyOf(iso);
        inegi = List.copyOf(inegi);
        name = List.copyOf(name);
    }
}
