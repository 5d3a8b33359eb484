package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself refuses what the domain forbids, whatever client writes to it — checked on
 * both databases with plain SQL that bypasses the API's own validation.
 */
abstract class SchemaSpec {

    @Autowired
    JdbcTemplate jdbc;

    private static final String HOUSE = """
            INSERT INTO house (code, village_code, location, grade, occupancy, structure)
            VALUES (?, '140825100201', ST_GeomFromText('POINT(111.01 35.51)', 4490), ?, ?, ?)
            """;

    @Test
    void unknownGradeOccupancyOrStructureIsRefused() {
        assertThatThrownBy(() -> jdbc.update(HOUSE, "S-1", "E", "OCCUPIED", "OTHER"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(HOUSE, "S-2", "A", "LIVING", "OTHER"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(HOUSE, "S-3", "A", "OCCUPIED", "STRAW"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void houseCodesAreUnique() {
        assertThatThrownBy(() -> jdbc.update(HOUSE, "140825-H1", "A", "OCCUPIED", "OTHER"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void houseMustBeInAnExistingVillage() {
        assertThatThrownBy(() -> jdbc.update(HOUSE.replace("'140825100201'", "'140825100299'"), "S-4", "A", "OCCUPIED", "OTHER"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void seismicIntensityAndPgaMustAgree() {
        String zone = "INSERT INTO seismic_zone (intensity, pga, source, area) VALUES (?, ?, 'x', "
                + "ST_GeomFromText('MULTIPOLYGON(((111 35, 111.1 35, 111.1 35.1, 111 35)))', 4490))";
        assertThatThrownBy(() -> jdbc.update(zone, 8, new java.math.BigDecimal("0.10")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void areaCodesHaveTwelveDigits() {
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO admin_area (code, name, level) VALUES ('14082510020', 'x', 'VILLAGE')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void geometriesAreStoredInCgcs2000() {
        assertThat(jdbc.queryForObject("SELECT ST_SRID(location) FROM house WHERE code = '140825-H1'", Integer.class))
                .isEqualTo(4490);
        assertThat(jdbc.queryForObject("SELECT ST_SRID(boundary) FROM admin_area WHERE code = '140825000000'", Integer.class))
                .isEqualTo(4490);
    }
}
