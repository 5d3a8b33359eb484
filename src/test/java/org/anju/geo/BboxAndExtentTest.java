package org.anju.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BboxAndExtentTest {

    @Test
    void bboxIsMinLonMinLatMaxLonMaxLat() {
        Bbox box = Bbox.parse(" 111.0, 35.5 ,111.2,35.7");
        assertThat(box).isEqualTo(new Bbox(111.0, 35.5, 111.2, 35.7));
    }

    @Test
    void malformedBboxesSayWhatIsWrong() {
        assertThatThrownBy(() -> Bbox.parse("111,35")).hasMessageContaining("4 numbers");
        assertThatThrownBy(() -> Bbox.parse("111,35,abc,36")).hasMessageContaining("'abc'");
        assertThatThrownBy(() -> Bbox.parse("111.2,35,111.1,36")).hasMessageContaining("min must not exceed max");
        assertThatThrownBy(() -> Bbox.parse("111,35,181,36")).hasMessageContaining("range");
        assertThatThrownBy(() -> Bbox.parse("111,35,NaN,36")).hasMessageContaining("finite");
    }

    @Test
    void swappedCoordinatesAreRecognised() {
        assertThat(ChinaExtent.contains(111.22, 35.61)).isTrue();
        assertThat(ChinaExtent.looksSwapped(35.61, 111.22)).isTrue();
        assertThat(ChinaExtent.looksSwapped(2.35, 48.85)).isFalse();
        assertThat(ChinaExtent.contains(2.35, 48.85)).isFalse();
    }

    @Test
    void crsNamesOfCgcs2000AndWgs84AreAccepted() {
        assertThat(Cgcs2000.isAcceptedCrsName("urn:ogc:def:crs:EPSG::4490")).isTrue();
        assertThat(Cgcs2000.isAcceptedCrsName("urn:ogc:def:crs:OGC:1.3:CRS84")).isTrue();
        assertThat(Cgcs2000.isAcceptedCrsName("EPSG:4326")).isTrue();
        assertThat(Cgcs2000.isAcceptedCrsName("EPSG:4546")).isFalse();
        assertThat(Cgcs2000.isAcceptedCrsName("EPSG:44900")).isFalse();
    }
}
