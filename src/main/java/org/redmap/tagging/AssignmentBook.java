package org.redmap.tagging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.model.Conflict;
import org.redmap.model.NetworkElement;
import org.redmap.model.Source;
import org.redmap.model.Vendor;

/**
 * The content of a vendor-assignments file, validated but not yet applied to any map data: rules
 * for regions, notable places with unresolved anchors, placeless network elements, conflicts
 * between sources, and the sources themselves. Lists keep the file's order (legend order for
 * vendors).
 *
 * @param network the network the file describes, for titles ("Red Compartida (ALTÁN Redes)")
 */
public record AssignmentBook(String network, List<Vendor> vendors, MatchKeys match, List<RegionRule> regionRules,
                             List<PlaceRule> placeRules, List<NetworkElement> elements, List<Conflict> conflicts,
                             List<SourceEntry> sources) {

    public AssignmentBook {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(match, "match");
        vendors = List.copyOf(vendors);
        regionRules = List.copyOf(regionRules);
        placeRules = List.copyOf(placeRules);
        elements = List.copyOf(elements);
        conflicts = List.copyOf(conflicts);
        sources = List.copyOf(sources);
    }

    public Optional<Vendor> vendor(String id) {
        return vendors.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).map(SourceEntry::source).findFirst();
    }
}
