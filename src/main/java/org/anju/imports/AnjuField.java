package org.anju.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields a file can fill, per layer, with the column names county files use for them
 * (Chinese and English; compared after {@link #normalise(String) normalising}). The list is
 * documented for users in docs/IMPORT.md — keep the two in step.
 */
enum AnjuField {
    // shared
    VILLAGE("village", Set.of(ImportLayer.HOUSES, ImportLayer.HOUSEHOLDS),
            "village", "village_code", "行政村代码", "村代码", "村编码", "村级代码", "village_name", "行政村", "村", "村名",
            "所在村", "村庄", "村委会", "行政村名称", "所属村", "村组"),
    LONGITUDE("longitude", Set.of(ImportLayer.HOUSES),
            "longitude", "lon", "lng", "long", "经度", "东经", "经度坐标", "gps经度", "x经度"),
    LATITUDE("latitude", Set.of(ImportLayer.HOUSES),
            "latitude", "lat", "纬度", "北纬", "纬度坐标", "gps纬度", "y纬度"),
    X("x", Set.of(ImportLayer.HOUSES), "x", "x坐标", "easting", "东坐标", "横坐标"),
    Y("y", Set.of(ImportLayer.HOUSES), "y", "y坐标", "northing", "北坐标", "纵坐标"),

    // houses
    HOUSE_CODE("code", Set.of(ImportLayer.HOUSES),
            "code", "house_code", "房屋编码", "房屋编号", "房屋代码", "农房编码", "农房编号", "房屋id", "编码", "编号", "fwbm", "fwbh"),
    ADDRESS("address", Set.of(ImportLayer.HOUSES),
            "address", "地址", "房屋地址", "详细地址", "门牌号", "门牌地址", "住址", "坐落", "房屋坐落"),
    STRUCTURE("structure", Set.of(ImportLayer.HOUSES),
            "structure", "结构类型", "结构", "房屋结构", "建筑结构", "结构形式", "承重结构"),
    STOREYS("storeys", Set.of(ImportLayer.HOUSES),
            "storeys", "stories", "floors", "层数", "房屋层数", "建筑层数", "楼层数", "地上层数"),
    YEAR_BUILT("year_built", Set.of(ImportLayer.HOUSES),
            "year_built", "year", "建造年代", "建成年份", "建造年份", "建房年份", "建设年代", "建成年代", "修建年份", "建房时间",
            "建造时间", "建成时间", "建成年代年份"),
    FLOOR_AREA("floor_area", Set.of(ImportLayer.HOUSES),
            "floor_area", "area", "建筑面积", "面积", "房屋面积", "住房面积", "房屋建筑面积"),
    SEISMIC_MEASURES("seismic_measures", Set.of(ImportLayer.HOUSES),
            "seismic_measures", "抗震措施", "圈梁构造柱", "有无圈梁构造柱", "是否有抗震措施", "有无抗震措施", "是否设置圈梁构造柱"),
    GRADE("grade", Set.of(ImportLayer.HOUSES),
            "grade", "safety_grade", "房屋等级", "安全等级", "鉴定等级", "评定等级", "危险等级", "鉴定结果", "评定结果", "等级",
            "房屋安全等级", "危房等级", "安全性等级", "房屋危险性等级", "鉴定评定等级"),
    ASSESSED_ON("assessed_on", Set.of(ImportLayer.HOUSES),
            "assessed_on", "鉴定日期", "评定日期", "鉴定时间", "评定时间", "鉴定评定日期"),
    ASSESSMENT_KIND("assessment_kind", Set.of(ImportLayer.HOUSES),
            "assessment_kind", "鉴定类型", "评定方式", "鉴定方式"),
    ASSESSOR("assessor", Set.of(ImportLayer.HOUSES),
            "assessor", "鉴定单位", "评定单位", "鉴定人", "鉴定机构", "评定人"),
    OCCUPANCY("occupancy", Set.of(ImportLayer.HOUSES),
            "occupancy", "occupied", "是否住人", "居住状态", "使用状态", "是否居住", "居住情况", "使用情况", "是否有人居住", "住人情况"),
    LAST_INSPECTED_ON("last_inspected_on", Set.of(ImportLayer.HOUSES),
            "last_inspected_on", "排查日期", "最近排查日期", "巡查日期", "排查时间"),
    OWNER_HOUSEHOLD("owner_household", Set.of(ImportLayer.HOUSES),
            "owner_household", "household_code", "户编码", "户编号", "农户编码", "户主编码", "户号", "产权农户编码", "产权户编码"),

    // households
    HOUSEHOLD_CODE("code", Set.of(ImportLayer.HOUSEHOLDS),
            "code", "household_code", "户编码", "户编号", "户号", "农户编码", "家庭编号", "农户编号", "编码", "编号"),
    HEAD_NAME("head_name", Set.of(ImportLayer.HOUSEHOLDS),
            "head_name", "name", "户主姓名", "户主", "姓名", "户主名称", "户主名字"),
    ID_NUMBER("id_number", Set.of(ImportLayer.HOUSEHOLDS),
            "id_number", "idcard", "id_card", "身份证号", "身份证号码", "户主身份证号", "户主身份证号码", "证件号码", "公民身份号码", "身份证"),
    PHONE("phone", Set.of(ImportLayer.HOUSEHOLDS),
            "phone", "mobile", "联系电话", "电话", "手机号", "手机号码", "手机", "联系方式", "电话号码"),
    MEMBERS("members", Set.of(ImportLayer.HOUSEHOLDS),
            "members", "家庭人口", "家庭人口数", "人口数", "人口", "户籍人口", "家庭成员数", "家庭人数", "人数", "共同生活人口"),
    CATEGORIES("categories", Set.of(ImportLayer.HOUSEHOLDS),
            "categories", "category", "对象类别", "类别", "人员类别", "重点对象类型", "保障对象类型", "户类型", "农户类型", "身份类别",
            "对象类型", "重点对象类别", "户属性", "农户属性"),
    DISABLED_MEMBER("disabled_member", Set.of(ImportLayer.HOUSEHOLDS),
            "disabled_member", "disabled", "残疾人", "是否残疾", "有无残疾人", "残疾人家庭", "是否有残疾人"),
    MILITARY_FAMILY("military_family", Set.of(ImportLayer.HOUSEHOLDS),
            "military_family", "军属", "军人军属", "是否军属", "是否军人军属"),
    VETERAN("veteran", Set.of(ImportLayer.HOUSEHOLDS),
            "veteran", "退役军人", "是否退役军人"),
    ELDERLY_ALONE("elderly_alone", Set.of(ImportLayer.HOUSEHOLDS),
            "elderly_alone", "独居老人", "是否独居老人"),
    RESIDENCE_HOUSE("residence_house", Set.of(ImportLayer.HOUSEHOLDS),
            "residence_house", "house_code", "房屋编码", "房屋编号", "居住房屋", "居住房屋编码", "现住房屋编码", "住房编码"),

    // disasters: one row per footprint part; the event attributes may repeat on every row
    EVENT_CODE("code", Set.of(ImportLayer.DISASTERS),
            "event_code", "code", "灾害事件编码", "事件编码", "灾害编码", "灾害编号", "事件编号"),
    EVENT_TYPE("type", Set.of(ImportLayer.DISASTERS),
            "event_type", "type", "disaster_type", "灾害类型", "灾种", "灾害种类", "事件类型"),
    EVENT_NAME("name", Set.of(ImportLayer.DISASTERS),
            "event_name", "灾害名称", "灾害事件", "事件名称", "灾害事件名称"),
    STARTED_ON("started_on", Set.of(ImportLayer.DISASTERS),
            "started_on", "start_date", "开始日期", "发生日期", "开始时间", "发生时间", "灾害发生日期"),
    ENDED_ON("ended_on", Set.of(ImportLayer.DISASTERS),
            "ended_on", "end_date", "结束日期", "结束时间"),
    DESCRIPTION("description", Set.of(ImportLayer.DISASTERS),
            "description", "灾情描述", "事件描述", "灾害描述"),
    SEVERITY("severity", Set.of(ImportLayer.DISASTERS),
            "severity", "灾害等级", "严重程度", "等级", "级别", "分级", "淹没等级", "水深", "淹没水深", "淹没深度", "积水深度",
            "水深等级", "depth", "water_depth", "class", "烈度", "地震烈度", "intensity", "gridcode", "dn"),
    SEVERITY_RANK("severity_rank", Set.of(ImportLayer.DISASTERS),
            "severity_rank", "rank", "等级序号", "严重程度序号", "等级排序"),

    // seismic zones (GB 18306): intensity and design PGA, either gives the other
    INTENSITY("intensity", Set.of(ImportLayer.SEISMIC_ZONES),
            "intensity", "烈度", "抗震设防烈度", "设防烈度", "地震烈度", "基本烈度", "烈度值", "ld"),
    PGA("pga", Set.of(ImportLayer.SEISMIC_ZONES),
            "pga", "设计基本地震加速度", "设计基本地震加速度值", "地震动峰值加速度", "峰值加速度", "地震峰值加速度", "加速度",
            "acc", "acceleration"),
    ZONE_SOURCE("source", Set.of(ImportLayer.SEISMIC_ZONES),
            "source", "依据", "来源", "数据来源", "资料来源", "区划图"),

    // administrative areas: the code tells the level and the parent
    AREA_CODE("code", Set.of(ImportLayer.ADMIN_AREAS),
            "code", "统计用区划代码", "区划代码", "行政区划代码", "行政区代码", "行政代码", "xzqdm", "村级区域代码", "cjqydm",
            "village_code", "行政村代码", "村代码", "村编码", "代码", "编码"),
    AREA_NAME("name", Set.of(ImportLayer.ADMIN_AREAS),
            "name", "名称", "区划名称", "行政区名称", "行政区划名称", "xzqmc", "村级区域名称", "cjqymc", "village_name",
            "行政村名称", "村名称", "村名", "行政村"),
    AREA_LEVEL("level", Set.of(ImportLayer.ADMIN_AREAS),
            "level", "级别", "层级", "区划级别", "行政级别"),
    PARENT_CODE("parent_code", Set.of(ImportLayer.ADMIN_AREAS),
            "parent_code", "上级区划代码", "上级代码", "上级行政区代码", "所属乡镇代码", "乡镇代码");

    private final String key;
    private final Set<ImportLayer> layers;
    private final List<String> names;

    AnjuField(String key, Set<ImportLayer> layers, String... names) {
        this.key = key;
        this.layers = layers;
        this.names = java.util.Arrays.stream(names).map(AnjuField::normalise).toList();
    }

    /** The name used in the report and in an explicit {@code mapping} (e.g. {@code grade}). */
    String key() {
        return key;
    }

    List<String> names() {
        return names;
    }

    boolean belongsTo(ImportLayer layer) {
        return layers.contains(layer);
    }

    static Set<AnjuField> of(ImportLayer layer) {
        Set<AnjuField> fields = EnumSet.noneOf(AnjuField.class);
        for (AnjuField f : values()) {
            if (f.belongsTo(layer)) {
                fields.add(f);
            }
        }
        return fields;
    }

    /**
     * Lower case, without blanks, underscores, hyphens, a trailing unit or note in brackets
     * ("建筑面积（㎡）" → "建筑面积") and full-width forms.
     */
    static String normalise(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[(\\[（【].*?[)\\]）】]", "");
        return n.replaceAll("[\\s_\\-:：*]", "");
    }
}
