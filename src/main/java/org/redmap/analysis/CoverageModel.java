package org.redmap.analysis;

import org.redmap.io.StrictJson;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of the modelled coverage (data/coverage-model.json): which places get a site and
 * how far it reaches. They are assumptions, and every result computed from them carries them so the
 * UI can show them next to the word "modelled".
 *
 * @param classes              largest first; a place takes the first class whose minimum it reaches
 * @param quadrantSegments     JTS buffer segments per quarter circle (16: the disc's area is within
 *                             0.2 % of π r²)
 */
public record CoverageModel(int version, String name, String note, double bandMhz, List<SiteClass> classes,
                            int quadrantSegments) {

    public CoverageModel {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        if (classes.isEmpty()) throw new IllegalArgumentException("a coverage model needs at least one site class");
        List<SiteClass> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparingLong(SiteClass::minPopulation).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).minPopulation() == sorted.get(i - 1).minPopulation()) {
                throw new IllegalArgumentException("site classes '" + sorted.get(i - 1).id() + "' and '"
                        + sorted.get(i).id() + "' have the same minimum population");
            }
        }
        classes = List.copyOf(sorted);
        if (quadrantSegments < 2) throw new IllegalArgumentException("quadrant segments must be 2 or more");
    }

    /** The class of a place of this population, or empty when it is below the smallest class: no own site. */
    public Optional<SiteClass> classFor(long population) {
        return classes.stream().filter(c -> population >= c.minPopulation()).findFirst();
    }

    /** The smallest population that still gets a site. */
    public long smallestSitePopulation() {
        return classes.get(classes.size() - 1).minPopulation();
    }

    /** The same model with one class's radius changed (for a "what if" slider). */
    public CoverageModel withRadius(String classId, double radiusKm) {
        List<SiteClass> changed = new ArrayList<>();
        boolean found = false;
        for (SiteClass c : classes) {
            if (c.id().equals(classId)) {
                changed.add(new SiteClass(c.id(), c.label(), c.minPopulation(), radiusKm));
                found = true;
            } else {
                changed.add(c);
            }
        }
        if (!found) throw new IllegalArgumentException("no site class '" + classId + "'");
        return new CoverageModel(version, name, note, bandMhz, changed, quadrantSegments);
    }

    /** The parameters as lines for a legend or an inspector ("≥ 1,000,000 people: 30 km site radius"). */
    public List<String> describe() {
        NumberFormat people = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        List<String> lines = new ArrayList<>();
        for (SiteClass c : classes) {
            lines.add(c.label() + ": places of " + people.format(c.minPopulation()) + " people or more, site radius "
                    + StrictJson.plain(c.siteRadiusKm()) + " km");
        }
        lines.add("Places under " + people.format(smallestSitePopulation()) + " people: no site of their own");
        return lines;
    }

    /** One line for labels: "Modelled: Illustrative 700 MHz site model (assumed radii 30/20/12 km)". */
    public String label() {
        StringBuilder radii = new StringBuilder();
        for (SiteClass c : classes) {
            if (radii.length() > 0) radii.append('/');
            radii.append(StrictJson.plain(c.siteRadiusKm()));
        }
        return "Modelled: " + name + " (assumed site radii " + radii + " km)";
    }
}
