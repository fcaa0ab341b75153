package org.redmap.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;

/**
 * Gives each region the assignment of the rule that identifies it. Keys are tried from the most to
 * the least reliable: ISO code properties, then INEGI code properties, then names (accent- and
 * case-insensitive); within each kind, in the order the book's {@link MatchKeys} lists the
 * properties. A region no key matches can still be tagged by position: it gets the assignment of
 * the reference region (for example the default states, already tagged) that contains its
 * interior point. That lets municipality or coverage-cell files without state columns be tagged.
 * Regions nothing matches are returned {@link TaggedRegion#unassigned unassigned}, never dropped.
 */
public final class RegionTagger {

    private final MatchKeys keys;
    private final RuleIndex rules;
    private final PositionIndex reference;

    /** A tagger that matches by keys only. */
    public RegionTagger(AssignmentBook book) {
        this(book, List.of());
    }

    /**
     * @param reference tagged regions used for the positional fallback; untagged ones are ignored,
     *                  an empty list disables the fallback
     */
    public RegionTagger(AssignmentBook book, List<TaggedRegion> reference) {
        this.keys = book.match();
        this.rules = new RuleIndex(book.regionRules());
        this.reference = new PositionIndex(reference);
    }

    public List<TaggedRegion> tag(List<Region> regions) {
        List<TaggedRegion> tagged = new ArrayList<>(regions.size());
        for (Region region : regions) tagged.add(tag(region));
        return tagged;
    }

    public TaggedRegion tag(Region region) {
        Optional<TaggedRegion> byKey = byKeys(region, keys.iso(), RuleIndex::byIso)
                .or(() -> byKeys(region, keys.inegi(), RuleIndex::byInegi))
                .or(() -> byKeys(region, keys.name(), RuleIndex::byName));
        return byKey.or(() -> byPosition(region)).orElseGet(() -> TaggedRegion.unassigned(region));
    }

    private Optional<TaggedRegion> byKeys(Region region, List<String> properties,
                                          BiFunction<RuleIndex, Object, Optional<RegionRule>> lookup) {
        for (String property : properties) {
            Object value = value(region, property);
            if (value == null) continue;
            Optional<RegionRule> rule = lookup.apply(rules, value);
            if (rule.isPresent()) {
                return Optional.of(new TaggedRegion(region, Optional.of(rule.get().assignment()),
                        property + " " + value));
            }
        }
        return Optional.empty();
    }

    /**
     * A property's value; "id" falls back to the region's own id because GeoJSON readers often
     * move the feature id out of the properties.
     */
    private static Object value(Region region, String property) {
        Object value = region.properties().get(property);
        if (value == null && property.equals("id")) return region.id();
        return value;
    }

    private Optional<TaggedRegion> byPosition(Region region) {
        if (region.geometry().isEmpty()) return Optional.empty();
        return reference.containing(region.geometry().getInteriorPoint())
                .map(container -> new TaggedRegion(region, container.assignment(), "inside " + container.name()));
    }
}
