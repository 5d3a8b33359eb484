package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.privacy.IdNumbers;
import org.anju.sample.generator.GeneratedCounty.Feature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;

/** Invariants of a small generated county (2 000 houses), read back from the written files. */
class GeneratedCountyTest {

    /** 1e-10 square degrees is about 1 m²: far below any real difference, far above rounding. */
    private static final double AREA_TOLERANCE = 1e-10;

    @TempDir
    static Path out;

    static List<Feature> areas;
    static List<Feature> houses;
    static List<Feature> seismicZones;
    static List<Feature> floodParts;
    static List<Map<String, String>> households;
    static List<Map<String, String>> assessments;
    static List<Map<String, String>> renovations;
    static JsonNode summary;
    static Geometry river;
    static Map<String, Feature> houseByCode = new HashMap<>();

    @BeforeAll
    static void generate() {
        GeneratedCounty county = GeneratedCounty.generate(out, 140825, 2_000);
        areas = county.features(SampleCountyFiles.ADMIN_AREAS);
        houses = county.features(SampleCountyFiles.HOUSES);
        seismicZones = county.features(SampleCountyFiles.SEISMIC_ZONES);
        floodParts = county.features(SampleCountyFiles.DISASTERS);
        households = county.csv(SampleCountyFiles.HOUSEHOLDS);
        assessments = county.csv(SampleCountyFiles.ASSESSMENTS);
        renovations = county.csv(SampleCountyFiles.RENOVATIONS);
        summary = county.json(SampleCountyFiles.SUMMARY);
        river = county.features(SampleCountyFiles.RIVER).get(0).geometry();
        for (Feature h : houses) {
            houseByCode.put(h.text("code"), h);
        }
    }

    @Test
    void admin_areas_are_the_county_then_nine_townships_then_villages() {
        assertThat(areas.get(0).text("level")).isEqualTo("COUNTY");
        assertThat(areas.get(0).text("code")).isEqualTo("140825000000");
        assertThat(areas.get(0).text("parent_code")).isNull();
        assertThat(areas.subList(1, 10)).extracting(f -> f.text("name"))
                .containsExactly("龙兴镇", "三泉镇", "泽掌镇", "北张镇", "古交镇", "万安镇", "阳王镇", "泉掌镇", "横桥乡");
        assertThat(areas.subList(10, areas.size())).allSatisfy(v -> {
            assertThat(v.text("level")).isEqualTo("VILLAGE");
            assertThat(v.text("code")).matches("140825\\d{3}[23]\\d{2}").startsWith(v.text("parent_code").substring(0, 9));
        });
        assertThat(areas.size() - 10).isGreaterThanOrEqualTo(18);
    }

    @Test
    void every_boundary_is_a_valid_multipolygon() {
        List<Feature> all = new ArrayList<>(areas);
        all.addAll(seismicZones);
        all.addAll(floodParts);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.geometry() instanceof MultiPolygon).as("MultiPolygon").isTrue();
            assertThat(f.geometry().isValid()).as(f.properties().toString()).isTrue();
            assertThat(f.geometry().isEmpty()).isFalse();
        });
    }

    @Test
    void villages_tile_their_township_and_townships_tile_the_county() {
        Geometry county = areas.get(0).geometry();
        Map<String, Geometry> townships = new HashMap<>();
        double townshipArea = 0;
        for (Feature t : areas.subList(1, 10)) {
            townships.put(t.text("code"), t.geometry());
            townshipArea += t.geometry().getArea();
            assertThat(t.geometry().difference(county).getArea()).isLessThan(AREA_TOLERANCE);
        }
        double villageArea = 0;
        for (Feature v : areas.subList(10, areas.size())) {
            Geometry township = townships.get(v.text("parent_code"));
            assertThat(v.geometry().difference(township).getArea()).as(v.text("name")).isLessThan(AREA_TOLERANCE);
            villageArea += v.geometry().getArea();
        }
        assertThat(townshipArea).isCloseTo(county.getArea(), org.assertj.core.data.Offset.offset(AREA_TOLERANCE));
        assertThat(villageArea).isCloseTo(county.getArea(), org.assertj.core.data.Offset.offset(AREA_TOLERANCE));
    }

    @Test
    void the_county_is_a_plausible_outline_of_about_600_square_kilometres() {
        Geometry county = areas.get(0).geometry();
        double km2 = county.getArea() * LocalProjection.METRES_PER_DEGREE_LON * LocalProjection.METRES_PER_DEGREE_LAT / 1e6;
        assertThat(km2).isBetween(560.0, 680.0);
        assertThat(county.getNumPoints()).isBetween(100, 320);
        assertThat(county.getEnvelopeInternal().getMinX()).isBetween(110.96, 111.00);
        assertThat(county.getEnvelopeInternal().getMaxY()).isBetween(35.76, 35.80);
    }

    @Test
    void every_house_lies_strictly_inside_its_village() {
        Map<String, IndexedPointInAreaLocator> villages = new HashMap<>();
        for (Feature v : areas.subList(10, areas.size())) {
            villages.put(v.text("code"), new IndexedPointInAreaLocator(v.geometry()));
        }
        assertThat(houses).hasSize(2_000).allSatisfy(h -> {
            assertThat(h.text("code")).startsWith(h.text("village_code") + "-");
            assertThat(villages.get(h.text("village_code")).locate(h.geometry().getCoordinate()))
                    .as(h.text("code")).isEqualTo(Location.INTERIOR);
        });
    }

    @Test
    void seismic_zones_cover_the_county_exactly_once() {
        Geometry county = areas.get(0).geometry();
        Geometry eight = zone(8);
        Geometry seven = zone(7);
        assertThat(eight.intersection(seven).getArea()).isLessThan(AREA_TOLERANCE);
        assertThat(eight.getArea() + seven.getArea()).isCloseTo(county.getArea(), org.assertj.core.data.Offset.offset(AREA_TOLERANCE));
        assertThat(seven.getEnvelopeInternal().getMinY()).isGreaterThan(eight.getEnvelopeInternal().getMinY());
        assertThat(seismicZones).allSatisfy(z -> assertThat(z.text("source")).contains("GB 18306-2015"));
    }

    @Test
    void the_flood_has_three_disjoint_nested_parts_along_the_river() {
        assertThat(floodParts).extracting(f -> f.properties().get("severity_rank").asInt()).containsExactly(3, 2, 1);
        assertThat(floodParts).allSatisfy(f -> {
            assertThat(f.text("event_code")).isEqualTo("FLOOD-2021-10");
            assertThat(f.text("event_type")).isEqualTo("FLOOD");
            assertThat(f.text("started_on")).isEqualTo("2021-10-03");
            assertThat(f.text("ended_on")).isEqualTo("2021-10-12");
        });
        Geometry deep = floodParts.get(0).geometry();
        Geometry middle = floodParts.get(1).geometry();
        Geometry shallow = floodParts.get(2).geometry();
        assertThat(deep.intersection(middle).getArea()).isLessThan(AREA_TOLERANCE);
        assertThat(middle.intersection(shallow).getArea()).isLessThan(AREA_TOLERANCE);
        assertThat(((Polygon) middle.getGeometryN(0)).getNumInteriorRing()).as("rank 2 is a ring").isPositive();
        Geometry footprint = deep.union(middle).union(shallow);
        assertThat(footprint.getEnvelopeInternal().getMinX()).isLessThan(CountySetting.SEAT_LON);
        assertThat(footprint.getEnvelopeInternal().getMaxX()).isGreaterThan(CountySetting.SEAT_LON);
        assertThat(deep.intersects(river)).as("the deepest water follows the river").isTrue();
    }

    @Test
    void codes_are_unique() {
        assertThat(houses).extracting(h -> h.text("code")).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).hasSizeLessThanOrEqualTo(32).matches("\\d{12}-\\d{4,}"));
        assertThat(households).extracting(h -> h.get("code")).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("H\\d{12}-\\d{4,}"));
        assertThat(areas).extracting(a -> a.text("code")).doesNotHaveDuplicates();
        assertThat(areas.subList(10, areas.size())).extracting(a -> a.text("name")).doesNotHaveDuplicates();
    }

    @Test
    void id_numbers_are_unique_valid_and_from_a_region_that_does_not_exist() {
        assertThat(households).extracting(h -> h.get("id_number")).doesNotHaveDuplicates().allSatisfy(id -> {
            assertThat(IdNumbers.problem(id)).as(id).isEmpty();
            assertThat(id).startsWith("140899");
        });
        assertThat(households).extracting(h -> h.get("phone")).allSatisfy(p -> assertThat(p).matches("1\\d{10}"));
    }

    @Test
    void five_to_eight_percent_of_households_are_target_households() {
        long targets = households.stream().filter(h -> !h.get("categories").isEmpty()).count();
        assertThat(100.0 * targets / households.size()).isBetween(5.0, 8.0);
        assertThat(households).extracting(h -> h.get("categories")).filteredOn(c -> !c.isEmpty())
                .allSatisfy(c -> assertThat(c).matches("(POVERTY_ALLEVIATED|MONITORED|MINIMUM_LIVING|EXTREME_POVERTY"
                        + "|SEVERE_HARDSHIP|NEAR_MINIMUM)(;[A-Z_]+)?"));
    }

    @Test
    void some_occupied_dangerous_houses_remain_to_be_found() {
        assertThat(houses).filteredOn(h -> "OCCUPIED".equals(h.text("occupancy")) && isDangerous(h)).hasSizeGreaterThan(5);
        assertThat(households).filteredOn(h -> !h.get("categories").isEmpty() && !h.get("residence_house").isEmpty())
                .filteredOn(h -> isDangerous(houseByCode.get(h.get("residence_house"))))
                .isNotEmpty();
    }

    @Test
    void built_new_still_in_old_households_own_a_safe_house_but_live_in_a_dangerous_one() {
        Map<String, List<Feature>> owned = ownedHouses();
        List<String> found = new ArrayList<>();
        for (Map<String, String> h : households) {
            String residence = h.get("residence_house");
            if (h.get("categories").isEmpty() || residence.isEmpty()) {
                continue;
            }
            Feature home = houseByCode.get(residence);
            boolean ownsNewSafeHouse = owned.getOrDefault(h.get("code"), List.of()).stream()
                    .anyMatch(o -> "A".equals(o.text("grade")) && !o.text("code").equals(residence));
            if (ownsNewSafeHouse && isDangerous(home) && "OCCUPIED".equals(home.text("occupancy"))) {
                found.add(h.get("code"));
            }
        }
        assertThat(found).hasSize(summary.at("/households/built_new_still_in_old").asInt()).isNotEmpty();
    }

    @Test
    void every_lived_in_house_has_one_resident_household_that_owns_it() {
        Map<String, Integer> residents = new HashMap<>();
        for (Map<String, String> h : households) {
            String residence = h.get("residence_house");
            if (!residence.isEmpty()) {
                residents.merge(residence, 1, Integer::sum);
                assertThat(houseByCode.get(residence).text("owner_household")).isEqualTo(h.get("code"));
            }
        }
        assertThat(houses).filteredOn(h -> Set.of("OCCUPIED", "SEASONAL").contains(h.text("occupancy")))
                .allSatisfy(h -> assertThat(residents.get(h.text("code"))).as(h.text("code")).isEqualTo(1));
        assertThat(households).filteredOn(h -> h.get("residence_house").isEmpty())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("categories")).as("only target households lack a house").isNotEmpty());
    }

    @Test
    void the_current_grade_is_the_last_of_the_assessments_in_date_order() {
        Map<String, List<Map<String, String>>> byHouse = new HashMap<>();
        String previous = "";
        for (Map<String, String> a : assessments) {
            String key = a.get("house_code") + " " + a.get("assessed_on");
            assertThat(key).isGreaterThanOrEqualTo(previous);
            previous = key;
            assertThat(a.get("assessed_on")).isBetween("2019-01-01", "2024-12-31");
            byHouse.computeIfAbsent(a.get("house_code"), k -> new ArrayList<>()).add(a);
        }
        assertThat(houses).allSatisfy(h -> {
            List<Map<String, String>> history = byHouse.getOrDefault(h.text("code"), List.of());
            if ("UNASSESSED".equals(h.text("grade"))) {
                assertThat(history).isEmpty();
                assertThat(h.text("assessed_on")).isNull();
            } else {
                Map<String, String> current = history.get(history.size() - 1);
                assertThat(current.get("grade")).isEqualTo(h.text("grade"));
                assertThat(current.get("assessed_on")).isEqualTo(h.text("assessed_on"));
                assertThat(current.get("kind")).isEqualTo(h.text("assessment_kind"));
                assertThat(current.get("assessor")).isEqualTo(h.text("assessor"));
            }
        });
        assertThat(byHouse.values()).anySatisfy(history -> assertThat(history).hasSizeGreaterThan(1));
    }

    @Test
    void renovations_belong_to_target_households_and_follow_the_subsidy_standard() {
        Set<String> targets = new HashSet<>();
        for (Map<String, String> h : households) {
            if (!h.get("categories").isEmpty()) {
                targets.add(h.get("code"));
            }
        }
        assertThat(renovations).isNotEmpty().allSatisfy(r -> {
            assertThat(targets).contains(houseByCode.get(r.get("house_code")).text("owner_household"));
            assertThat(Integer.parseInt(r.get("year"))).isBetween(2009, 2024);
            int subsidy = Integer.parseInt(r.get("subsidy_yuan"));
            switch (r.get("method")) {
                case "REPAIR_STRENGTHEN" -> assertThat(subsidy).isBetween(7_000, 15_000);
                case "DEMOLISH_REBUILD", "NEW_SITE" -> assertThat(subsidy).isBetween(20_000, 35_000);
                case "SEISMIC_RETROFIT" -> assertThat(subsidy).isEqualTo(12_000);
                default -> throw new AssertionError(r);
            }
        });
    }

    @Test
    void the_summary_counts_what_the_files_contain() {
        assertThat(summary.at("/houses/total").asInt()).isEqualTo(houses.size());
        for (String grade : List.of("A", "B", "C", "D", "UNASSESSED")) {
            assertThat(summary.at("/houses/by_grade/" + grade).asInt())
                    .isEqualTo(houses.stream().filter(h -> grade.equals(h.text("grade"))).count());
        }
        assertThat(summary.at("/houses/occupied_c_or_d").asInt())
                .isEqualTo(houses.stream().filter(h -> "OCCUPIED".equals(h.text("occupancy")) && isDangerous(h)).count());
        assertThat(summary.at("/households/total").asInt()).isEqualTo(households.size());
        for (Feature t : areas.subList(1, 10)) {
            String prefix = t.text("code").substring(0, 9);
            assertThat(summary.at("/houses/by_township/" + t.text("code")).asInt())
                    .isEqualTo(houses.stream().filter(h -> h.text("village_code").startsWith(prefix)).count());
        }

        int inFootprint = 0;
        for (Feature part : floodParts) {
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(part.geometry());
            long inside = houses.stream().filter(h -> locator.locate(h.geometry().getCoordinate()) != Location.EXTERIOR).count();
            assertThat(summary.at("/flood/houses_by_severity_rank/" + part.properties().get("severity_rank").asInt()).asLong())
                    .isEqualTo(inside);
            inFootprint += inside;
        }
        assertThat(summary.at("/flood/houses_in_footprint").asInt()).isEqualTo(inFootprint);

        String[] bbox = summary.at("/bbox_check/bbox").asString().split(",");
        double minLon = Double.parseDouble(bbox[0]);
        double minLat = Double.parseDouble(bbox[1]);
        double maxLon = Double.parseDouble(bbox[2]);
        double maxLat = Double.parseDouble(bbox[3]);
        long dangerousInBox = houses.stream().filter(GeneratedCountyTest::isDangerous).filter(h -> {
            double x = h.geometry().getCoordinate().x;
            double y = h.geometry().getCoordinate().y;
            return x >= minLon && x <= maxLon && y >= minLat && y <= maxLat;
        }).count();
        assertThat(summary.at("/bbox_check/grade_c_or_d").asLong()).isEqualTo(dangerousInBox).isPositive();
        assertThat(maxLon - minLon).isBetween(0.015, 0.03);
    }

    private static Geometry zone(int intensity) {
        return seismicZones.stream().filter(z -> z.properties().get("intensity").asInt() == intensity)
                .findFirst().orElseThrow().geometry();
    }

    private static boolean isDangerous(Feature house) {
        return "C".equals(house.text("grade")) || "D".equals(house.text("grade"));
    }

    private static Map<String, List<Feature>> ownedHouses() {
        Map<String, List<Feature>> owned = new HashMap<>();
        for (Feature h : houses) {
            if (h.text("owner_household") != null) {
                owned.computeIfAbsent(h.text("owner_household"), k -> new ArrayList<>()).add(h);
            }
        }
        return owned;
    }
}
