package org.anju.ogcapi;

import static org.anju.ogcapi.LayerProperty.coded;
import static org.anju.ogcapi.LayerProperty.of;
import static org.anju.ogcapi.LayerProperty.shown;
import static org.anju.ogcapi.LayerProperty.shownCoded;
import static org.anju.ogcapi.PropertyType.BOOLEAN;
import static org.anju.ogcapi.PropertyType.DATE;
import static org.anju.ogcapi.PropertyType.INTEGER;
import static org.anju.ogcapi.PropertyType.NUMBER;
import static org.anju.ogcapi.PropertyType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.export.GeometryKind;
import org.anju.hazard.DisasterType;
import org.anju.house.AssessmentKind;
import org.anju.house.HouseQuery;
import org.anju.house.HouseSql;
import org.anju.security.Jurisdiction;
import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;
import org.anju.household.HouseholdQuery;
import org.anju.household.HouseholdSql;
import org.anju.household.TargetCategory;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The catalogue of layers served as OGC API collections and downloads: houses (the columns and
 * filters of {@code /api/houses}), households (those of {@code /api/households}, located at the
 * house they live in, personal data masked), townships and villages, seismic zones and disaster
 * footprints.
 */
@Component
public class Layers {

    /** Paging is the caller's business here; the native queries only contribute filters. */
    private static final AnjuProperties.Paging UNPAGED = new AnjuProperties.Paging(1, Integer.MAX_VALUE);

    private final Map<String, Layer> byId = new LinkedHashMap<>();

    Layers() {
        for (Layer layer : List.of(houses(), households(), area("townships", "乡镇", AreaLevel.TOWNSHIP),
                area("villages", "行政村", AreaLevel.VILLAGE), seismicZones(), disasters())) {
            byId.put(layer.id(), layer);
        }
    }

    List<Layer> all() {
        return List.copyOf(byId.values());
    }

    Optional<Layer> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    static Layer houses() {
        List<LayerProperty> properties = List.of(
                of("code", "房屋编码", STRING, "h.code"),
                of("village_code", "行政村代码", STRING, "h.village_code"),
                of("village_name", "行政村", STRING, "v.name"),
                of("township_code", "乡镇代码", STRING, "t.code"),
                of("township_name", "乡镇", STRING, "t.name"),
                of("address", "地址", STRING, "h.address"),
                coded("structure", "结构类型", "h.structure", StructureType.class),
                of("storeys", "层数", INTEGER, "h.storeys"),
                of("year_built", "建造年份", INTEGER, "h.year_built"),
                of("floor_area", "建筑面积（平方米）", NUMBER, "h.floor_area"),
                coded("seismic_measures", "抗震措施（圈梁构造柱）", "h.seismic_measures", SeismicMeasures.class),
                coded("grade", "安全等级", "h.grade", SafetyGrade.class),
                of("assessed_on", "评定日期", DATE, "h.assessed_on"),
                coded("assessment_kind", "评定方式", "h.assessment_kind", AssessmentKind.class),
                of("assessor", "评定人", STRING, "h.assessor"),
                coded("occupancy", "居住状态", "h.occupancy", Occupancy.class),
                of("last_inspected_on", "最近排查日期", DATE, "h.last_inspected_on"),
                of("owner_household", "产权农户编码", STRING, "o.code"),
                shownCoded("resident_category", "居住户重点对象类别", TargetCategory.class),
                shown("residents", "居住人数", INTEGER),
                shown("version", "版本", INTEGER));
        Set<String> nativeParameters = Set.of("grade", "occupancy", "structure", "category", "target_household",
                "priority", "within", "village", "township");
        Layer.NativeFilter filter = new Layer.NativeFilter() {
            @Override
            public Set<String> parameters() {
                return nativeParameters;
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                return HouseSql.conditions(HouseQuery.from(only(params, nativeParameters), UNPAGED, Jurisdiction.current()), sql);
            }
        };
        return new Layer("houses", "农房", "农村住房：位置、结构、安全等级（A/B/C/D）、居住状态、产权户与居住户类别",
                GeometryKind.POINT, HouseSql.FEATURE_SELECT, HouseSql.FEATURE_FROM, "h.location", "h.code", false,
                "h.code", properties, new Layer.Temporal("h.assessed_on", null), filter, false, "农房",
                "h.village_code");
    }

    static Layer households() {
        List<LayerProperty> properties = List.of(
                of("code", "农户编码", STRING, "hh.code"),
                of("head_name", "户主姓名", STRING, "hh.head_name"),
                shown("id_number", "身份证号（脱敏）", STRING),
                shown("phone", "联系电话（脱敏）", STRING),
                of("members", "家庭人口", INTEGER, "hh.members"),
                of("village_code", "行政村代码", STRING, "hh.village_code"),
                of("village_name", "行政村", STRING, "v.name"),
                coded("primary_category", "重点对象类别（主）", "hh.primary_category", TargetCategory.class),
                shownCoded("categories", "全部类别", TargetCategory.class),
                of("disabled_member", "残疾人", BOOLEAN, "hh.disabled_member"),
                of("military_family", "军人军属", BOOLEAN, "hh.military_family"),
                of("veteran", "退役军人", BOOLEAN, "hh.veteran"),
                of("elderly_alone", "独居老人", BOOLEAN, "hh.elderly_alone"),
                of("residence_house", "居住房屋编码", STRING, "r.code"),
                coded("residence_grade", "居住房屋安全等级", "r.grade", SafetyGrade.class),
                coded("residence_occupancy", "居住房屋状态", "r.occupancy", Occupancy.class),
                shown("owned_houses", "产权房屋", STRING),
                shown("version", "版本", INTEGER));
        Set<String> nativeParameters = Set.of("village", "township", "category", "primary_category",
                "lives_in_dangerous_house", "owns_safe_house", "without_house");
        Layer.NativeFilter filter = new Layer.NativeFilter() {
            @Override
            public Set<String> parameters() {
                return nativeParameters;
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                return HouseholdSql.conditions(HouseholdQuery.from(only(params, nativeParameters), UNPAGED, Jurisdiction.current()), sql);
            }
        };
        return new Layer("households", "农户",
                "农户（定位于其居住房屋；无房户无几何）：家庭人口、6类重点对象类别、优先情形；身份证号与电话已脱敏",
                GeometryKind.POINT, HouseholdSql.FEATURE_SELECT, HouseholdSql.FROM, "r.location", "hh.code", false,
                "hh.code", properties, null, filter, true, "农户", "hh.village_code");
    }

    static Layer area(String id, String title, AreaLevel level) {
        List<LayerProperty> properties = List.of(
                of("code", "区划代码", STRING, "a.code"),
                of("name", "名称", STRING, "a.name"),
                coded("level", "级别", "a.level", AreaLevel.class),
                of("parent_code", "上级区划代码", STRING, "a.parent_code"),
                of("parent_name", "上级区划", STRING, "p.name"));
        String levelCondition = "a.level = '" + level.name() + "'";
        Layer.NativeFilter filter = new Layer.NativeFilter() {
            @Override
            public Set<String> parameters() {
                return Set.of("parent");
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                List<String> conditions = new ArrayList<>(List.of(levelCondition));
                String parent = params.getFirst("parent");
                if (parent != null) {
                    if (!AdminCode.isValid(parent)) {
                        throw InvalidInputException.badRequest(new FieldProblem("parent", parent, "adminCode.form"));
                    }
                    sql.addValue("parent", parent);
                    conditions.add("a.parent_code = :parent");
                }
                return conditions;
            }
        };
        return new Layer(id, title, title + "行政区划界线（统计用区划代码12位）", GeometryKind.MULTIPOLYGON, """
                SELECT a.code AS id, ST_AsBinary(a.boundary) AS geom, a.code, a.name, a.level, a.parent_code,
                       p.name AS parent_name
                FROM admin_area a
                LEFT JOIN admin_area p ON p.code = a.parent_code
                """, "FROM admin_area a LEFT JOIN admin_area p ON p.code = a.parent_code", "a.boundary", "a.code",
                false, "a.code", properties, null, filter, false, title + "界线", "a.code");
    }

    static Layer seismicZones() {
        List<LayerProperty> properties = List.of(
                of("intensity", "抗震设防烈度（度）", INTEGER, "z.intensity"),
                of("pga", "设计基本地震加速度（g）", NUMBER, "z.pga"),
                of("source", "依据", STRING, "z.source"));
        Layer.NativeFilter filter = new Layer.NativeFilter() {
            @Override
            public Set<String> parameters() {
                return Set.of("min_intensity");
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                String text = params.getFirst("min_intensity");
                if (text == null) {
                    return List.of();
                }
                try {
                    int min = Integer.parseInt(text.strip());
                    if (min >= 6 && min <= 9) {
                        sql.addValue("minIntensity", min);
                        return List.of("z.intensity >= :minIntensity");
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw InvalidInputException.badRequest(new FieldProblem("min_intensity", text, "field.range", 6, 9));
            }
        };
        return new Layer("seismic-zones", "抗震设防烈度分区", "抗震设防烈度与设计基本地震加速度分区（GB 18306）",
                GeometryKind.MULTIPOLYGON, """
                SELECT z.id AS id, ST_AsBinary(z.area) AS geom, z.intensity, z.pga, z.source
                FROM seismic_zone z
                """, "FROM seismic_zone z", "z.area", "z.id", true, "z.intensity, z.id", properties, null, filter,
                false, "抗震设防烈度分区", null);
    }

    static Layer disasters() {
        List<LayerProperty> properties = List.of(
                of("event_code", "灾害事件编码", STRING, "e.code"),
                coded("event_type", "灾害类型", "e.type", DisasterType.class),
                of("event_name", "灾害事件", STRING, "e.name"),
                of("started_on", "开始日期", DATE, "e.started_on"),
                of("ended_on", "结束日期", DATE, "e.ended_on"),
                of("severity", "灾害等级", STRING, "f.severity"),
                of("severity_rank", "等级序号", INTEGER, "f.severity_rank"),
                of("archived", "已归档", BOOLEAN, "(e.archived_at IS NOT NULL)"));
        Layer.NativeFilter filter = new Layer.NativeFilter() {
            @Override
            public Set<String> parameters() {
                return Set.of("type", "archived");
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                List<String> conditions = new ArrayList<>();
                String type = params.getFirst("type");
                if (type != null) {
                    DisasterType disasterType = JsonFields.parseEnum(DisasterType.class, type);
                    if (disasterType == null) {
                        throw InvalidInputException.badRequest(new FieldProblem("type", type, "enum.unknown",
                                Arrays.toString(DisasterType.values())));
                    }
                    sql.addValue("disasterType", disasterType.name());
                    conditions.add("e.type = :disasterType");
                }
                String archived = params.getFirst("archived");
                if (archived != null) {
                    switch (archived.strip()) {
                        case "true" -> conditions.add("e.archived_at IS NOT NULL");
                        case "false" -> conditions.add("e.archived_at IS NULL");
                        default -> throw InvalidInputException.badRequest(
                                new FieldProblem("archived", archived, "enum.unknown", "[true, false]"));
                    }
                }
                return conditions;
            }
        };
        return new Layer("disasters", "灾害范围", "灾害事件（洪涝、内涝、滑坡等）的影响范围，分级部分各为一个要素",
                GeometryKind.MULTIPOLYGON, """
                SELECT f.id AS id, ST_AsBinary(f.area) AS geom, e.code AS event_code, e.type AS event_type,
                       e.name AS event_name, e.started_on, e.ended_on, f.severity, f.severity_rank,
                       (e.archived_at IS NOT NULL) AS archived
                FROM disaster_footprint f
                JOIN disaster_event e ON e.id = f.event_id
                """, "FROM disaster_footprint f JOIN disaster_event e ON e.id = f.event_id", "f.area", "f.id", true,
                "e.started_on DESC, f.event_id, f.severity_rank, f.id", properties,
                new Layer.Temporal("e.started_on", "e.ended_on"), filter, false, "灾害范围", null);
    }

    private static MultiValueMap<String, String> only(MultiValueMap<String, String> params, Set<String> names) {
        MultiValueMap<String, String> subset = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (names.contains(name)) {
                subset.put(name, values);
            }
        });
        return subset;
    }
}
