package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;
import static org.redmap.io.GeoJsonText.read;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.model.Place;

class PlaceLoaderTest {

    private static final Path CITIES = Path.of("data/mexico-cities.geojson");
    private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[-110.96,29.07]}";

    @Test
    void loadsTheCitiesWithoutMexicoCityBoroughsByDefault() throws Exception {
        List<Place> places = new PlaceLoader().read(CITIES);

        assertThat(places).hasSize(216 - 13);
        assertThat(places).extracting(Place::name).contains("Ciudad de México", "Hermosillo")
                .doesNotContain("Iztapalapa");
        Place cdmx = places.get(0);
        assertThat(cdmx.id()).isEqualTo("3530597");
        assertThat(cdmx.population()).isEqualTo(12_294_193L);
        assertThat(cdmx.regionId()).isEqualTo("MX-CMX");
        assertThat(cdmx.capital()).isTrue();
        assertThat(cdmx.lon()).isEqualTo(-99.12766);
        assertThat(cdmx.lat()).isEqualTo(19.42847);
        assertThat(places).filteredOn(Place::capital).hasSize(32);
    }

    @Test
    void canKeepTheBoroughs() throws Exception {
        List<Place> places = new PlaceLoader(false).read(CITIES);

        assertThat(places).hasSize(216).extracting(Place::name).contains("Iztapalapa");
        assertThat(places).filteredOn(p -> p.name().equals("Ecatepec de Morelos")).singleElement()
                .extracting(Place::capital).isEqualTo(false);
    }

    @Test
    void isBoroughReadsTheRawProperty() throws Exception {
        List<Feature> features = new GeoJsonReader().read(CITIES).features();

        assertThat(features).filteredOn(PlaceLoader::isBorough).hasSize(13);
    }

    @Test
    void defaultsAndFallbacks() throws Exception {
        List<Place> places = new PlaceLoader().load(read(collection(
                feature(null, "{\"name\":\"A\",\"geonames_id\":4004898}", POINT),
                feature(null, "{\"name\":\"B\",\"population\":null,\"capital\":null}", POINT),
                feature("c", "{\"name\":\"C\",\"population\":1500.0,\"capital\":\"state\"}", POINT))));

        assertThat(places).extracting(Place::id).containsExactly("4004898", "feature-1", "c");
        assertThat(places).extracting(Place::population).containsExactly(0L, 0L, 1500L);
        assertThat(places).extracting(Place::capital).containsExactly(false, false, true);
        assertThat(places.get(0).regionId()).isNull();
    }

    @Test
    void nonPointFeatureIsAnError() {
        GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> new PlaceLoader().load(read(
                collection(feature("a", "{\"name\":\"A\"}", POINT),
                        feature("b", "{\"name\":\"B\"}", GeoJsonText.square(0, 0, 1))))));

        assertThat(e.getMessage()).isEqualTo("t.geojson: feature 1 (id \"b\"): geometry is a Polygon; "
                + "places must be Point");
    }

    @Test
    void badPropertiesAreErrors() {
        assertThat(catchThrowableOfType(GeoJsonException.class, () -> new PlaceLoader().load(read(
                collection(feature("a", "{\"population\":1}", POINT))))).reason())
                .isEqualTo("a place needs a \"name\" property");
        assertThat(catchThrowableOfType(GeoJsonException.class, () -> new PlaceLoader().load(read(
                collection(feature("a", "{\"name\":\"A\",\"population\":\"12,000\"}", POINT))))).reason())
                .isEqualTo("\"population\" must be a number, found \"12,000\"");
        assertThat(catchThrowableOfType(GeoJsonException.class, () -> new PlaceLoader().load(read(
                collection(feature("a", "{\"name\":\"A\"}", POINT), feature("a", "{\"name\":\"B\"}", POINT)))))
                .reason()).startsWith("place id \"a\" is already used by feature 0");
    }
}
