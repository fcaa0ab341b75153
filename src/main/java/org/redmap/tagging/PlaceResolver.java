package org.redmap.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.Region;

/**
 * Turns place rules into positioned notable places, against the cities and regions actually
 * loaded. A rule that cannot be placed is an error rather than a silently missing marker: an
 * analyst would otherwise read "no exception there" into an absent dot.
 */
public final class PlaceResolver {

    private final List<Place> cities;
    private final List<Region> regions;

    /**
     * @param cities  the cities list (city anchors)
     * @param regions regions whose {@link Region#id() id} region anchors name: the default states
     */
    public PlaceResolver(List<Place> cities, List<Region> regions) {
        this.cities = List.copyOf(cities);
        this.regions = List.copyOf(regions);
    }

    public List<NotablePlace> resolve(List<PlaceRule> rules) {
        List<NotablePlace> places = new ArrayList<>(rules.size());
        for (PlaceRule rule : rules) places.add(resolve(rule));
        return places;
    }

    public NotablePlace resolve(PlaceRule rule) {
        Anchor anchor = rule.anchor();
        if (anchor instanceof Anchor.City city) {
            Place p = city(rule, city);
            return place(rule, p.lon(), p.lat(), rule.approximate());
        }
        if (anchor instanceof Anchor.OfRegion of) {
            Point p = region(rule, of).geometry().getInteriorPoint();
            return place(rule, p.getX(), p.getY(), true); // a state's point says nothing about the site
        }
        Anchor.Point point = (Anchor.Point) anchor;
        return place(rule, point.lon(), point.lat(), rule.approximate());
    }

    private static NotablePlace place(PlaceRule rule, double lon, double lat, boolean approximate) {
        return new NotablePlace(rule.id(), rule.name(), rule.kind(), lon, lat, approximate, rule.assignment());
    }

    /**
     * The city by folded name (and state, if given). Several candidates in one state are one city
     * listed twice, so the most populous is taken; candidates in different states are ambiguous.
     */
    private Place city(PlaceRule rule, Anchor.City anchor) {
        String wanted = MatchText.name(anchor.name());
        String state = MatchText.iso(anchor.state());
        List<Place> found = cities.stream()
                .filter(c -> Objects.equals(MatchText.name(c.name()), wanted))
                .filter(c -> state == null || state.equals(MatchText.iso(c.regionId())))
                .toList();
        if (found.isEmpty()) {
            throw new UnresolvedAnchorException(rule.id(),
                    "place rule '" + rule.id() + "': no " + anchor.describe() + " in the cities list");
        }
        if (found.stream().map(Place::regionId).distinct().count() > 1) {
            throw new UnresolvedAnchorException(rule.id(), "place rule '" + rule.id() + "': " + anchor.describe()
                    + " is ambiguous, found in " + found.stream().map(Place::regionId).distinct()
                    .collect(Collectors.joining(", ")) + "; add \"state\" to the anchor");
        }
        return found.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
    }

    private Region region(PlaceRule rule, Anchor.OfRegion anchor) {
        String wanted = MatchText.iso(anchor.regionId());
        return regions.stream()
                .filter(r -> wanted.equals(MatchText.iso(r.id())) && !r.geometry().isEmpty())
                .findFirst()
                .orElseThrow(() -> new UnresolvedAnchorException(rule.id(),
                        "place rule '" + rule.id() + "': no " + anchor.describe() + " among the loaded regions"));
    }
}
