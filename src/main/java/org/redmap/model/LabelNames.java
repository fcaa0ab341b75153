package org.redmap.model;

import java.util.Map;
import java.util.Optional;

/**
 * What map labels call things when the data's own name is not what a reader expects: a state's
 * conventional abbreviation, for when its name does not fit, and a city's common name where the
 * places file holds the formal one ("León", not "León de los Aldama").
 *
 * @param regionAbbreviations abbreviation by region id
 * @param cityNames           common name by the name the places file gives
 */
public record LabelNames(Map<String, String> regionAbbreviations, Map<String, String> cityNames) {

    /** Every label as the data names it, with no abbreviations. */
    public static final LabelNames NONE = new LabelNames(Map.of(), Map.of());

    public LabelNames {
        regionAbbreviations = Map.copyOf(regionAbbreviations);
        cityNames = Map.copyOf(cityNames);
    }

    public Optional<String> abbreviation(String regionId) {
        return Optional.ofNullable(regionAbbreviations.get(regionId));
    }

    /** The name a city's label shows. */
    public String cityLabel(Place city) {
        return cityNames.getOrDefault(city.name(), city.name());
    }
}
