package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceSearchTest {

    private static PlaceSearch search;

    @BeforeAll
    static void index() {
        search = new PlaceSearch(TestMaps.loader().defaultDocument());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Oaxaca      | Oaxaca",
        "oaxaca      | Oaxaca",
        "queretaro   | Querétaro",
        "QUERÉTARO   | Querétaro",
        "mx-son      | Sonora",
        "MX-SON      | Sonora",
        "nuevo leon  | Nuevo León",
        "yucatan     | Yucatán",
        "ciudad de mexico | Ciudad de México",
    })
    void findsRegionsByNameOrIdIgnoringAccentsAndCase(String query, String region) {
        SearchHit best = search.best(query).orElseThrow();
        assertThat(best.kind()).isEqualTo(SearchHit.Kind.REGION);
        assertThat(best.label()).isEqualTo(region);
    }

    @Test
    void findsCitiesWithTheirState() {
        SearchHit hit = search.best("juarez").orElseThrow();
        assertThat(hit.kind()).isEqualTo(SearchHit.Kind.CITY);
        assertThat(hit.label()).isEqualTo("Ciudad Juárez");
        assertThat(hit.regionId()).isEqualTo("MX-CHH");
        assertThat(hit.display()).isEqualTo("Ciudad Juárez — city in Chihuahua");
    }

    @Test
    void exactNamesComeBeforePrefixesAndRegionsBeforeCities() {
        // "Oaxaca" is both a state and (as Oaxaca de Juárez) a city; the state wins.
        List<SearchHit> hits = search.find("oax", 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).label()).isEqualTo("Oaxaca");
        assertThat(hits.get(0).kind()).isEqualTo(SearchHit.Kind.REGION);
    }

    @Test
    void limitsAndBlankQueries() {
        assertThat(search.find("a", 8)).hasSize(8);
        assertThat(search.find("  ", 8)).isEmpty();
        assertThat(search.find("--", 8)).isEmpty();
        assertThat(search.find("zzzz", 8)).isEmpty();
    }
}
