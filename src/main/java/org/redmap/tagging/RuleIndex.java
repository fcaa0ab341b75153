package org.redmap.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Region rules by normalised key, so tagging is a hash lookup per property instead of a scan over
 * the rules. The file reader rejects duplicate keys; for books built in code the first rule wins.
 */
final class RuleIndex {

    private final Map<String, RegionRule> byIso = new HashMap<>();
    private final Map<String, RegionRule> byInegi = new HashMap<>();
    private final Map<String, RegionRule> byName = new HashMap<>();

    RuleIndex(List<RegionRule> rules) {
        for (RegionRule rule : rules) {
            if (rule.iso() != null) byIso.putIfAbsent(rule.iso(), rule);
            if (rule.inegi() != null) byInegi.putIfAbsent(rule.inegi(), rule);
            addName(rule.name(), rule);
            rule.aliases().forEach(alias -> addName(alias, rule));
        }
    }

    private void addName(String name, RegionRule rule) {
        String folded = MatchText.name(name);
        if (folded != null) byName.putIfAbsent(folded, rule);
    }

    Optional<RegionRule> byIso(Object value) {
        return lookup(byIso, MatchText.iso(value));
    }

    Optional<RegionRule> byInegi(Object value) {
        return lookup(byInegi, MatchText.inegi(value));
    }

    Optional<RegionRule> byName(Object value) {
        return lookup(byName, value == null ? null : MatchText.name(value.toString()));
    }

    private static Optional<RegionRule> lookup(Map<String, RegionRule> map, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    }
}
