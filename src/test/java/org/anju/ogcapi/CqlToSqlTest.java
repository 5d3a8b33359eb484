package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.anju.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** CQL2 text → SQL: only whitelisted expressions and bound values ever reach the SQL. */
class CqlToSqlTest {

    private final Layer houses = Layers.houses();

    private String sql(String cql, MapSqlParameterSource params) {
        return CqlToSql.translate(Cql2Text.parse(cql), houses, params, cql, false);
    }

    private String sql(String cql) {
        return sql(cql, new MapSqlParameterSource());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "grade = 'C'                              | h.grade = :cql0",
            "'C' = grade                              | h.grade = :cql0",
            "storeys > 2                              | h.storeys > :cql0",
            "2 < storeys                              | h.storeys > :cql0",
            "grade IN ('C','D')                       | (h.grade = :cql0 OR h.grade = :cql1)",
            "NOT grade = 'A' AND storeys <= 3         | (NOT (h.grade = :cql0) AND h.storeys <= :cql1)",
            "village_name LIKE '东%'                   | v.name LIKE :cql0 ESCAPE '\\'",
            "storeys BETWEEN 1 AND 2                  | h.storeys BETWEEN :cql0 AND :cql1",
            "owner_household IS NULL                  | o.code IS NULL",
            "assessed_on AFTER 2022-05-11T00:00:00Z   | h.assessed_on > :cql0",
    })
    void translates(String cql, String expected) {
        assertThat(sql(cql)).isEqualTo(expected);
    }

    @Test
    void literalsAreBoundAsThePropertysType() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        sql("storeys = '2' AND assessed_on >= DATE('2022-05-11') AND floor_area > 80", params);

        assertThat(params.getValue("cql0")).isEqualTo(2L);
        assertThat(params.getValue("cql1")).isEqualTo(LocalDate.of(2022, 5, 11));
        assertThat(params.getValue("cql2")).isEqualTo(new java.math.BigDecimal("80"));
    }

    @Test
    void gdalsDateLiteralsWithATrailingTAreDates() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        sql("assessed_on >= '2022-05-11T'", params);

        assertThat(params.getValue("cql0")).isEqualTo(LocalDate.of(2022, 5, 11));
    }

    @Test
    void aQuoteInsideALiteralStaysInTheBoundValue() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = sql("address = 'x'' OR 1=1 --'", params);

        assertThat(sql).isEqualTo("h.address = :cql0");
        assertThat(params.getValue("cql0")).isEqualTo("x' OR 1=1 --");
    }

    @Test
    void likeWildcardsBecomeSqlWildcardsAndSqlOnesAreEscaped() {
        assertThat(CqlToSql.sqlLikePattern("东_%\\%", "%", "_", "\\")).isEqualTo("东_%\\%");
        assertThat(CqlToSql.sqlLikePattern("a*b.c%", "*", ".", "!")).isEqualTo("a%b_c\\%");
    }

    @Test
    void spatialPredicatesBindTheGeometryAsWkbAndUseTheIndexOperator() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = sql("S_WITHIN(geometry, POLYGON((111 35.5, 111.1 35.5, 111.1 35.6, 111 35.5)))", params);

        assertThat(sql).isEqualTo("(h.location && ST_GeomFromWKB(:cql0, 4490) AND ST_Within(h.location, ST_GeomFromWKB(:cql0, 4490)))");
        assertThat(params.getValue("cql0")).isInstanceOf(byte[].class);
    }

    @Test
    void cql2RewritesLeaveStringLiteralsAlone() {
        assertThat(Cql2Text.toEcql("S_INTERSECTS(geometry, POINT(1 2)) AND address = 'S_INTERSECTS(x' AND d = DATE('2020-01-01')"))
                .isEqualTo("INTERSECTS(geometry, POINT(1 2)) AND address = 'S_INTERSECTS(x' AND d = '2020-01-01'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "grade='C'; DROP TABLE house--            | ogcapi.filter.syntax",
            "id_number = '1'                          | ogcapi.filter.unknownProperty",
            "\"h.grade\" = 'C'                        | ogcapi.filter.unknownProperty",
            "storeys + 1 > 2                          | ogcapi.filter.unsupported",
            "strToLowerCase(grade) = 'c'              | ogcapi.filter.unsupported",
            "1 = 1                                    | ogcapi.filter.unsupported",
            "IN ('140825-H1')                         | ogcapi.filter.unsupported",
            "storeys = 'two'                          | ogcapi.filter.type",
            "DWITHIN(geometry, POINT(1 2), 10, meters) | ogcapi.filter.unsupported",
            "INTERSECTS(location, POINT(1 2))         | ogcapi.filter.unknownProperty",
            "storeys LIKE '1%'                        | ogcapi.filter.unsupported",
    })
    void refuses(String cql, String messageKey) {
        assertThatThrownBy(() -> sql(cql)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey));
    }
}
