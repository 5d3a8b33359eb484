package org.anju.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of {@code /v3/api-docs} (issue 16: it said "OpenAPI definition v0" with tags such as
 * {@code inspection-controller}): the title 安居 Anju API, the version of the build, a description,
 * and one tag per feature (the package of the controller, e.g. {@code org.anju.search} → search),
 * each described in Chinese and English.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** Feature (package under org.anju) → its description, Chinese / English, in the order of the document. */
    static final Map<String, String> FEATURES = features(
            "house", "农房：查询、编辑、安全等级与历史 / Houses: query, edit, safety grades and history",
            "household", "农户：户主、成员、重点对象类别（身份证号脱敏） / Households: heads, members, target categories (ID numbers masked)",
            "area", "行政区划与区域统计 / Administrative areas and area statistics",
            "search", "搜索：房屋编码（开头或末尾）、户主姓名、村镇名称 / Search: house codes by start or tail, heads of household, villages and townships",
            "hazard", "灾害范围与抗震设防烈度分区 / Disaster footprints and seismic zoning",
            "raster", "灾害栅格（洪水深度等）的暴露统计 / Hazard rasters (flood depth etc.) and exposure",
            "emergency", "应急：受灾范围内的农房与人员清单 / Emergencies: houses and people inside a footprint",
            "casework", "危房改造案件台账、现场排查任务 / Retrofit case ledger and field inspection tasks",
            "problems", "整改台账：审计、评估、督查、信访等发现的问题，限期整改、销号 / Problem ledger: findings of audits, assessments, inspections and complaints, fixed by a deadline and closed",
            "retrofit", "改造规划：按村排序、预算与区域比较 / Retrofit planning: ranked villages, budgets, area comparison",
            "imports", "数据导入（Shapefile、Excel、CSV、KML、GeoJSON、GeoPackage、FlatGeobuf） / Data import",
            "export", "数据导出与图层下载 / Exports and layer downloads",
            "tiles", "矢量瓦片 / Vector tiles",
            "ogcapi", "OGC API – Features / OGC API – Features",
            "audit", "操作审计 / Audit trail",
            "security", "账户、登录与权限 / Accounts, login and permissions",
            "web", "网页地图配置 / Web map configuration",
            "system", "服务状态 / Service");

    private static Map<String, String> features(String... pairs) {
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            features.put(pairs[i], pairs[i + 1]);
        }
        return features;
    }

    @Bean
    OpenAPI anjuOpenApi(@Value("${anju.version:unknown}") String version) {
        return new OpenAPI()
                .info(new Info().title("安居 Anju API").version(version)
                        .description("""
                                农村房屋安全监测服务的接口：农房、农户、行政区划、灾害与抗震分区、改造案件、导入导出。\
                                坐标为 CGCS2000（EPSG:4490，经度在前）；错误为 RFC 9457 problem+json，\
                                按 Accept-Language 以中文（默认）或英文说明。详见 docs/API.md。

                                The API of the rural house safety service: houses, households, administrative \
                                areas, hazards and seismic zoning, retrofit cases, import and export. Coordinates are \
                                CGCS2000 (EPSG:4490, longitude first); errors are RFC 9457 problem+json, explained in \
                                Chinese (default) or English by Accept-Language. See docs/API.md.""")
                        .license(new License().name("Open source")))
                .tags(FEATURES.entrySet().stream().map(f -> new Tag().name(f.getKey()).description(f.getValue())).toList());
    }

    /** Each operation tagged with its feature instead of springdoc's {@code xyz-controller}. */
    @Bean
    GlobalOperationCustomizer tagsByFeature() {
        return (operation, handler) -> {
            String feature = feature(handler.getBeanType().getPackageName());
            if (feature != null) {
                operation.setTags(List.of(feature));
            }
            return operation;
        };
    }

    static String feature(String packageName) {
        if (!packageName.startsWith("org.anju.")) {
            return null;
        }
        String rest = packageName.substring("org.anju.".length());
        int dot = rest.indexOf('.');
        String feature = dot < 0 ? rest : rest.substring(0, dot);
        return FEATURES.containsKey(feature) ? feature : null;
    }
}
