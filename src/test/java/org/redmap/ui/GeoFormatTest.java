package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeoFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-99.1332  | 19.4326  | 19.4326° N, 99.1332° W",
        "151.2093  | -33.8688 | 33.8688° S, 151.2093° E",
        "0         | 0        | 0.0000° N, 0.0000° E",
        "-110.5    | 29.5     | 29.5000° N, 110.5000° W",
    })
    void latitudeFirstWithHemispheres(double lon, double lat, String expected) {
        assertThat(GeoFormat.latLon(lon, lat)).isEqualTo(expected);
    }

    @Test
    void scaleIsARoundedRepresentativeFraction() {
        // 96 logical pixels per inch: one pixel is 0.2646 mm, so 1 km/px is about 1 : 3,780,000.
        assertThat(GeoFormat.scale(1000)).isEqualTo("1 : 3,780,000");
        assertThat(GeoFormat.scale(2940)).isEqualTo("1 : 11,100,000");
    }

    @Test
    void resolutionSwitchesToKilometres() {
        assertThat(GeoFormat.resolution(2940)).isEqualTo("2.94 km/px");
        assertThat(GeoFormat.resolution(120)).isEqualTo("120 m/px");
    }
}
