package org.redmap.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.model.MapDocument;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;
import org.redmap.tagging.MatchText;

/**
 * Finds regions (by name or id) and cities by what the analyst types, ignoring accents, case and
 * punctuation: "queretaro" finds Querétaro, "mx-oax" finds Oaxaca. The folding is the tagger's
 * ({@link MatchText#name}, built on {@link java.text.Normalizer}), so search and tagging agree on
 * what counts as the same name.
 */
public final class PlaceSearch {

    private record Entry(SearchHit hit, List<String> keys, long population) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PlaceSearch(MapDocument document) {
        Map<String, String> regionNames = new HashMap<>();
        for (TaggedRegion region : document.regions()) {
            regionNames.put(region.id(), region.name());
            entries.add(new Entry(SearchHit.region(region.name(), region.id()),
                    keys(region.name(), region.id()), Long.MAX_VALUE));
        }
        for (int i = 0; i < document.cities().size(); i++) {
            Place city = document.cities().get(i);
            String state = city.regionId() == null ? null : regionNames.get(city.regionId());
            String detail = state == null ? "city" : "city in " + state;
            entries.add(new Entry(SearchHit.city(city.name(), detail, city.regionId(), i), keys(city.name()),
                    city.population()));
        }
    }

    /** Up to {@code limit} hits, best first; none for a blank query. */
    public List<SearchHit> find(String query, int limit) {
        String q = MatchText.name(query);
        if (q == null) return List.of();
        record Scored(Entry entry, int rank) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : entries) {
            int rank = rank(entry.keys(), q);
            if (rank < Integer.MAX_VALUE) scored.add(new Scored(entry, rank));
        }
        // Exact before prefix before word prefix before substring; then regions before cities,
        // bigger cities first, and alphabetical so the order never flickers between keystrokes.
        scored.sort(Comparator.comparingInt(Scored::rank)
                .thenComparing(s -> s.entry().hit().kind())
                .thenComparing(s -> -s.entry().population())
                .thenComparing(s -> s.entry().hit().label()));
        return scored.stream().limit(limit).map(s -> s.entry().hit()).toList();
    }

    /** The best hit, if any: what Enter in the search field goes to. */
    public Optional<SearchHit> best(String query) {
        return find(query, 1).stream().findFirst();
    }

    private static int rank(List<String> keys, String q) {
        int best = Integer.MAX_VALUE;
        for (String key : keys) {
            if (key.equals(q)) best = Math.min(best, 0);
            else if (key.startsWith(q)) best = Math.min(best, 1);
            else if (key.contains(" " + q)) best = Math.min(best, 2);
            else if (key.contains(q)) best = Math.min(best, 3);
        }
        return best;
    }

    private static List<String> keys(String... texts) {
        List<String> keys = new ArrayList<>();
        for (String text : texts) {
            String key = MatchText.name(text);
            if (key != null) keys.add(key);
        }
        return keys;
    }
}
