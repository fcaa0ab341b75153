package org.redmap.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.Region;
import org.redmap.model.SiteKind;
import org.redmap.model.Vendor;

class PlaceResolverTest {

    private static AssignmentBook book;
    private static List<Region> states;
    private static List<Place> cities;
    private static List<NotablePlace> places;

    @BeforeAll
    static void load() {
        book = TestData.book();
        states = TestData.states();
        cities = TestData.cities();
        places = new PlaceResolver(cities, states).resolve(book.placeRules());
    }

    @Test
    void huaweiCitiesResolveToTheirCities() {
        for (String name : List.of("Tampico", "Torreón", "Culiacán")) {
            NotablePlace p = place(name);
            Place city = cities.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            assertThat(p.kind()).isEqualTo(SiteKind.EXCEPTION);
            assertThat(p.assignment().vendor().id()).isEqualTo("huawei");
            assertThat(p.assignment().basis()).isEqualTo(Basis.REPORTED);
            assertThat(p.lon()).isEqualTo(city.lon());
            assertThat(p.lat()).isEqualTo(city.lat());
            assertThat(p.approximate()).isFalse();
        }
    }

    @Test
    void monterreyCoreIsNokiaAtMonterrey() {
        NotablePlace p = place("Core data centre, Monterrey");
        assertThat(p.kind()).isEqualTo(SiteKind.CORE_SITE);
        assertThat(p.assignment().vendor().id()).isEqualTo("nokia");
        assertThat(p.assignment().basis()).isEqualTo(Basis.REPORTED);
        assertThat(p.lon()).isCloseTo(-100.31847, within(1e-9));
        assertThat(p.lat()).isCloseTo(25.67507, within(1e-9));
    }

    @Test
    void stateOfMexicoCoreIsApproximateAndInsideTheState() {
        NotablePlace p = place("Core data centre, State of Mexico");
        assertThat(p.approximate()).isTrue();
        assertThat(p.assignment().vendor().id()).isEqualTo("nokia");
        var point = TestData.GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat()));
        assertThat(TestData.state(states, "MX-MEX").geometry().contains(point)).isTrue();
    }

    @Test
    void cityNamesMatchWithoutAccents() {
        NotablePlace p = resolver().resolve(rule(new Anchor.City("TORREON", null)));
        assertThat(p.lat()).isCloseTo(25.54389, within(1e-9));
    }

    @Test
    void unknownCityNamesTheRule() {
        assertThatThrownBy(() -> resolver().resolve(rule(new Anchor.City("Springfield", null))))
                .isInstanceOf(UnresolvedAnchorException.class)
                .hasMessageContaining("place rule 'test-rule'").hasMessageContaining("Springfield");
    }

    @Test
    void stateFilterMustAgree() {
        assertThatThrownBy(() -> resolver().resolve(rule(new Anchor.City("Monterrey", "MX-SON"))))
                .isInstanceOf(UnresolvedAnchorException.class).hasMessageContaining("in MX-SON");
    }

    @Test
    void sameNameInTwoStatesIsAmbiguousUntilTheStateIsGiven() {
        List<Place> twins = List.of(new Place("1", "Benito Juárez", -86.8, 21.1, 100, "MX-ROO", false),
                new Place("2", "Benito Juárez", -99.2, 19.4, 200, "MX-CMX", false));
        PlaceResolver r = new PlaceResolver(twins, states);
        assertThatThrownBy(() -> r.resolve(rule(new Anchor.City("Benito Juarez", null))))
                .isInstanceOf(UnresolvedAnchorException.class).hasMessageContaining("ambiguous")
                .hasMessageContaining("test-rule");
        assertThat(r.resolve(rule(new Anchor.City("Benito Juárez", "MX-ROO"))).lon()).isEqualTo(-86.8);
    }

    @Test
    void unknownRegionNamesTheRule() {
        assertThatThrownBy(() -> resolver().resolve(rule(new Anchor.OfRegion("MX-XXX"))))
                .isInstanceOf(UnresolvedAnchorException.class)
                .satisfies(e -> assertThat(((UnresolvedAnchorException) e).ruleId()).isEqualTo("test-rule"))
                .hasMessageContaining("MX-XXX");
    }

    @Test
    void explicitPointIsKept() {
        NotablePlace p = resolver().resolve(rule(new Anchor.Point(-99.5, 19.5)));
        assertThat(p.lon()).isEqualTo(-99.5);
        assertThat(p.lat()).isEqualTo(19.5);
        assertThat(p.approximate()).isFalse();
    }

    private static PlaceResolver resolver() {
        return new PlaceResolver(cities, states);
    }

    private static PlaceRule rule(Anchor anchor) {
        return new PlaceRule("test-rule", "Test", SiteKind.EXCEPTION, anchor, false,
                Assignment.analyst(new Vendor("huawei", "Huawei"), "test"));
    }

    private static NotablePlace place(String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

}
