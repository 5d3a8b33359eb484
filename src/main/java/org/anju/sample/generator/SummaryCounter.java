package org.anju.sample.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.house.Occupancy;
import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.house.StructureType;
import org.anju.household.TargetCategory;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Counts what was generated, village by village, and writes {@code expected-summary.json}: the
 * numbers a test of the loaded service can compare with (houses by grade, occupied dangerous
 * houses, households by primary category, 建新不拆旧 households, houses per flood part and
 * township, C/D houses in a bbox around the county seat).
 *
 * <p>Definitions: "occupied" means occupancy OCCUPIED (not SEASONAL); a household is counted
 * under its primary category (DOMAIN.md §2); a house is inside an area when its point is in the
 * area's interior (no house lies on a boundary, see {@link HazardMap#onAnyBoundary}).
 */
final class SummaryCounter {

    private final GeneratorOptions options;
    private final CountyLayout layout;
    private final HazardMap hazards;

    private long houses;
    private final Map<SafetyGrade, Long> byGrade = zeroCounts(SafetyGrade.class);
    private final Map<Occupancy, Long> byOccupancy = zeroCounts(Occupancy.class);
    private final Map<StructureType, Long> byStructure = zeroCounts(StructureType.class);
    private long occupiedDangerous;
    private long livedInDangerous;
    private final Map<String, Long> byTownship = new LinkedHashMap<>();
    private final Map<Integer, Long> bySeismicIntensity = new LinkedHashMap<>();
    private final Map<Integer, Long> byFloodRank = new LinkedHashMap<>();
    private long inFlood;
    private long occupiedDangerousInFlood;
    private long inBox;
    private long gradeCInBox;
    private long gradeDInBox;
    private long footprints;

    private long households;
    private long targets;
    private final Map<TargetCategory, Long> byPrimaryCategory = zeroCounts(TargetCategory.class);
    private long targetsWithoutHouse;
    private long builtNewStillInOld;
    private long targetsInOccupiedDangerous;
    private long householdsWithSeveralHouses;

    private long assessments;
    private long renovations;
    private final Map<RenovationMethod, Long> renovationsByMethod = zeroCounts(RenovationMethod.class);
    private long subsidyYuan;

    SummaryCounter(GeneratorOptions options, CountyLayout layout, HazardMap hazards) {
        this.options = options;
        this.layout = layout;
        this.hazards = hazards;
        for (AdminArea t : layout.townships()) {
            byTownship.put(t.code(), 0L);
        }
        bySeismicIntensity.put(8, 0L);
        bySeismicIntensity.put(7, 0L);
        for (FloodPart p : hazards.floodParts()) {
            byFloodRank.put(p.rank(), 0L);
        }
    }

    void add(VillageRecords records) {
        Map<String, House> housesByCode = new HashMap<>();
        Map<String, Integer> housesPerOwner = new HashMap<>();
        boolean countySeatTownship = records.village().township().isCountySeat();
        for (House h : records.houses()) {
            housesByCode.put(h.code, h);
            if (h.ownerHousehold != null) {
                housesPerOwner.merge(h.ownerHousehold, 1, Integer::sum);
            }
            countHouse(h);
            if (countySeatTownship && h.occupancy != Occupancy.DEMOLISHED) {
                footprints++;
            }
        }
        byTownship.merge(records.village().township().code(), (long) records.houses().size(), Long::sum);
        for (Household h : records.households()) {
            households++;
            if (housesPerOwner.getOrDefault(h.code(), 0) >= 2) {
                householdsWithSeveralHouses++;
            }
            if (!h.isTarget()) {
                continue;
            }
            targets++;
            byPrimaryCategory.merge(h.primaryCategory().orElseThrow(), 1L, Long::sum);
            if (h.residenceHouse() == null) {
                targetsWithoutHouse++;
            } else {
                House home = housesByCode.get(h.residenceHouse());
                if (home.occupancy == Occupancy.OCCUPIED && home.grade.isDangerous()) {
                    targetsInOccupiedDangerous++;
                }
            }
            if (h.builtNewStillInOld()) {
                builtNewStillInOld++;
            }
        }
    }

    private void countHouse(House h) {
        houses++;
        byGrade.merge(h.grade, 1L, Long::sum);
        byOccupancy.merge(h.occupancy, 1L, Long::sum);
        byStructure.merge(h.structure, 1L, Long::sum);
        boolean dangerous = h.grade.isDangerous();
        if (dangerous && h.occupancy == Occupancy.OCCUPIED) {
            occupiedDangerous++;
        }
        if (dangerous && h.occupancy.isLivedIn()) {
            livedInDangerous++;
        }
        bySeismicIntensity.merge(h.seismicIntensity, 1L, Long::sum);
        if (h.floodRank > 0) {
            inFlood++;
            byFloodRank.merge(h.floodRank, 1L, Long::sum);
            if (dangerous && h.occupancy == Occupancy.OCCUPIED) {
                occupiedDangerousInFlood++;
            }
        }
        if (hazards.checkBox().contains(h.site.lonLat())) {
            inBox++;
            if (h.grade == SafetyGrade.C) {
                gradeCInBox++;
            } else if (h.grade == SafetyGrade.D) {
                gradeDInBox++;
            }
        }
        assessments += h.assessments.size();
        for (Renovation r : h.renovations) {
            renovations++;
            renovationsByMethod.merge(r.method(), 1L, Long::sum);
            subsidyYuan += r.subsidyYuan();
        }
    }

    long targetHouseholds() {
        return targets;
    }

    long households() {
        return households;
    }

    long houses() {
        return houses;
    }

    private ObjectNode province;

    /**
     * Adds the totals of a multi-county run; everything else in the summary stays that of the
     * first county (新绛县), which is what the loaded-county specs check.
     */
    void province(int counties, long allHouses, long allHouseholds) {
        province = JsonMapper.builder().build().createObjectNode();
        province.put("counties", counties);
        province.put("houses", allHouses);
        province.put("households", allHouseholds);
    }

    void writeTo(Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        root.put("note", "Counts of the synthetic sample county, computed by the generator; see README.md");
        ObjectNode generator = root.putObject("generator");
        generator.put("seed", options.seed());
        generator.put("houses", options.houses());
        generator.put("command_class", SampleCountyGenerator.class.getName());
        if (province != null) {
            generator.put("counties", options.counties());
            root.set("province", province);
        }
        ObjectNode county = root.putObject("county");
        county.put("code", layout.county().code());
        county.put("name", layout.county().name());
        county.put("townships", layout.townships().size());
        county.put("villages", layout.villages().size());

        ObjectNode h = root.putObject("houses");
        h.put("total", houses);
        putAll(h.putObject("by_grade"), byGrade);
        putAll(h.putObject("by_occupancy"), byOccupancy);
        putAll(h.putObject("by_structure"), byStructure);
        h.put("occupied_c_or_d", occupiedDangerous);
        h.put("occupied_or_seasonal_c_or_d", livedInDangerous);
        ObjectNode townships = h.putObject("by_township");
        for (Map.Entry<String, Long> e : byTownship.entrySet()) {
            townships.put(e.getKey(), e.getValue());
        }
        ObjectNode seismic = h.putObject("by_seismic_intensity");
        for (Map.Entry<Integer, Long> e : bySeismicIntensity.entrySet()) {
            seismic.put(Integer.toString(e.getKey()), e.getValue());
        }
        h.put("footprints_in_county_seat_township", footprints);

        ObjectNode hh = root.putObject("households");
        hh.put("total", households);
        hh.put("target", targets);
        hh.put("target_share_percent", new BigDecimal(Decimals.format(100.0 * targets / Math.max(1, households), 2)));
        putAll(hh.putObject("by_primary_category"), byPrimaryCategory);
        hh.put("target_without_house", targetsWithoutHouse);
        hh.put("target_living_in_occupied_c_or_d", targetsInOccupiedDangerous);
        hh.put("built_new_still_in_old", builtNewStillInOld);
        hh.put("owning_two_or_more_houses", householdsWithSeveralHouses);

        root.put("assessments", assessments);
        ObjectNode r = root.putObject("renovations");
        r.put("total", renovations);
        putAll(r.putObject("by_method"), renovationsByMethod);
        r.put("subsidy_yuan_total", subsidyYuan);

        ObjectNode flood = root.putObject("flood");
        flood.put("event_code", FloodFootprint.EVENT_CODE);
        ObjectNode ranks = flood.putObject("houses_by_severity_rank");
        for (FloodPart p : hazards.floodParts()) {
            ranks.put(Integer.toString(p.rank()), byFloodRank.get(p.rank()));
        }
        ObjectNode severities = flood.putObject("houses_by_severity");
        for (FloodPart p : hazards.floodParts()) {
            severities.put(p.severity(), byFloodRank.get(p.rank()));
        }
        flood.put("houses_in_footprint", inFlood);
        flood.put("occupied_c_or_d_in_footprint", occupiedDangerousInFlood);

        CheckBox box = hazards.checkBox();
        ObjectNode b = root.putObject("bbox_check");
        b.put("bbox", box.asQueryParameter());
        b.putArray("bbox_array")
                .add(new BigDecimal(Decimals.coordinate(box.minLon())))
                .add(new BigDecimal(Decimals.coordinate(box.minLat())))
                .add(new BigDecimal(Decimals.coordinate(box.maxLon())))
                .add(new BigDecimal(Decimals.coordinate(box.maxLat())));
        b.put("houses", inBox);
        b.put("grade_c", gradeCInBox);
        b.put("grade_d", gradeDInBox);
        b.put("grade_c_or_d", gradeCInBox + gradeDInBox);

        String json = mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    /** A count of zero for every constant, iterating in declaration order. */
    private static <K extends Enum<K>> Map<K, Long> zeroCounts(Class<K> type) {
        Map<K, Long> counts = new EnumMap<>(type);
        for (K constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        return counts;
    }

    private static <K extends Enum<K>> void putAll(ObjectNode node, Map<K, Long> counts) {
        for (Map.Entry<K, Long> e : counts.entrySet()) {
            node.put(e.getKey().name(), e.getValue());
        }
    }
}
