package org.anju.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Managing disaster events (issue 16): archived events leave the lists that offer events to choose
 * from but stay, and what POST /api/disasters answers for a body it cannot use — each problem a 422
 * naming the field, in Chinese (English with Accept-Language: en), never the parser's English text.
 * Each test deletes the events it made, so the fixture county keeps its one flood.
 */
abstract class DisasterEventsSpec extends ApiSpec {

    private final List<Long> made = new ArrayList<>();

    static String square(double lon, double lat) {
        return "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}"
                .formatted(lon, lat, lon + 0.01, lat, lon + 0.01, lat + 0.01, lon, lat + 0.01, lon, lat);
    }

    private long make(String name) {
        Response created = api.post("/api/disasters", """
                {"type": "Feature", "geometry": %s, "properties": {"name": "%s", "type": "洪涝", "started_on": "2024-07-11"}}
                """.formatted(square(111.02, 35.52), name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        made.add(created.json().path("id").asLong());
        return created.json().path("id").asLong();
    }

    @AfterEach
    void deleteTheEventsMade() {
        made.forEach(id -> assertThat(api.delete("/api/disasters/" + id).status()).isEqualTo(204));
    }

    private static JsonNode byId(JsonNode events, long id) {
        for (JsonNode e : events) {
            if (e.path("id").asLong() == id) {
                return e;
            }
        }
        return null;
    }

    private static long partsOf(JsonNode footprints, long id) {
        long n = 0;
        for (JsonNode f : footprints.path("features")) {
            n += f.path("properties").path("event_id").asLong() == id ? 1 : 0;
        }
        return n;
    }

    private Response archive(Api as, long id, boolean archived) {
        return as.put("/api/disasters/" + id + "/archived", "{\"archived\": " + archived + "}");
    }

    @Test
    void anArchivedEventIsLeftOutOfTheListsButStaysAndCanBeShown() {
        long id = make("2024年7月暴雨");
        JsonNode listed = byId(api.get("/api/disaster-events").json(), id);
        assertThat(listed).as("a new event is current").isNotNull();
        assertThat(listed.path("type_label").asString()).isEqualTo("洪涝");
        assertThat(listed.path("started_on").asString()).isEqualTo("2024-07-11");
        assertThat(listed.path("archived").asBoolean()).isFalse();
        assertThat(byId(new Api(port).inEnglish().get("/api/disaster-events").json(), id).path("type_label").asString())
                .isEqualTo("flood");

        Response archived = archive(api, id, true);
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.json().path("archived").asBoolean()).isTrue();
        assertThat(archived.json().path("archived_by").asString()).isEqualTo("admin");
        assertThat(archived.json().path("archived_at").asString()).isNotEmpty();

        assertThat(byId(api.get("/api/disaster-events").json(), id)).as("not offered by default").isNull();
        assertThat(partsOf(api.get("/api/disasters").json(), id)).as("not drawn by default").isZero();
        assertThat(byId(api.get("/api/disaster-events?include_archived=true").json(), id).path("archived").asBoolean()).isTrue();
        assertThat(partsOf(api.get("/api/disasters?include_archived=true").json(), id)).isEqualTo(1);
        assertThat(api.get("/api/disasters/" + id).json().path("features")).as("still there by its id").hasSize(1);
        assertThat(api.get("/api/disasters/" + id + "/affected").status()).isEqualTo(200);
        String code = listed.path("code").asString();
        String ogc = "/ogcapi/collections/disasters/items?limit=1000&filter=" + java.net.URLEncoder.encode(
                "event_code = '" + code + "'", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode history = api.get(ogc).json().path("features");
        assertThat(history).as("the OGC layer is the whole history, archived events marked").hasSize(1);
        assertThat(history.get(0).path("properties").path("archived").asBoolean()).isTrue();
        assertThat(api.get(ogc + "&archived=false").json().path("features")).as("archived=false: current events only").isEmpty();
        assertThat(api.get(ogc + "&archived=true").json().path("features")).hasSize(1);
        assertThat(api.get(ogc + "&archived=yes").status()).isEqualTo(400);
        assertThat(archive(api, id, true).json().path("archived_at").asString()).as("archiving again changes nothing")
                .isEqualTo(archived.json().path("archived_at").asString());

        Response back = archive(api, id, false);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().path("archived").asBoolean()).isFalse();
        assertThat(back.json().path("archived_by").isNull()).isTrue();
        assertThat(byId(api.get("/api/disaster-events").json(), id)).isNotNull();
        assertThat(partsOf(api.get("/api/disasters").json(), id)).isEqualTo(1);

        JsonNode audit = api.get("/api/audit?target=disaster%20" + code).json();
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).as(audit.toString()).containsExactly("DISASTER_UNARCHIVE", "DISASTER_ARCHIVE");
    }

    @Test
    void onlyCountyStaffArchiveAndABadBodyOrAnUnknownEventIsSaidSo() {
        long id = make("归档权限测试");
        Response planner = api.post("/api/accounts", """
                {"username": "archive-planner", "display_name": "规划", "password": "Guihua-Pa55-2024!", "role": "PLANNER"}""");
        assertThat(planner.status()).isIn(201, 409);
        assertThat(archive(new Api(port).as("archive-planner", "Guihua-Pa55-2024!"), id, true).status()).isEqualTo(403);
        Response notBoolean = api.put("/api/disasters/" + id + "/archived", "{\"archived\": \"yes\"}");
        assertThat(notBoolean.status()).isEqualTo(422);
        assertThat(notBoolean.json().path("errors").get(0).path("field").asString()).isEqualTo("archived");
        assertThat(api.put("/api/disasters/" + id + "/archived", "{}").status()).isEqualTo(422);
        assertThat(archive(api, 999_999, true).status()).isEqualTo(404);
        assertThat(byId(api.get("/api/disaster-events").json(), id)).as("nothing archived").isNotNull();
    }

    private static JsonNode firstError(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        return answer.json().path("errors").get(0);
    }

    @Test
    void aDisasterWithoutItsTypeIs422NamingTheFieldAndTheTypesInWords() {
        String body = """
                {"type": "Feature", "geometry": %s, "properties": {"name": "无类型"}}""".formatted(square(111.02, 35.52));
        JsonNode error = firstError(api.post("/api/disasters", body));
        assertThat(error.path("field").asString()).isEqualTo("properties.type");
        assertThat(error.path("message").asString()).startsWith("须填写灾害类型").contains("FLOOD（洪涝）", "EARTHQUAKE（地震）");
        assertThat(firstError(new Api(port).inEnglish().post("/api/disasters", body)).path("message").asString())
                .startsWith("the disaster type is required").contains("FLOOD, WATERLOGGING");
        JsonNode unknown = firstError(api.post("/api/disasters", body.replace("\"无类型\"", "\"x\", \"type\": \"TSUNAMI\"")));
        assertThat(unknown.path("field").asString()).isEqualTo("properties.type");
        assertThat(unknown.path("message").asString()).startsWith("未知的灾害类型").contains("LANDSLIDE（滑坡）");
    }

    @Test
    void anUnclosedRingIs422InChineseNamingTheRingNotParserText() {
        String open = "{\"type\": \"Polygon\", \"coordinates\": [[[111.02, 35.52], [111.03, 35.52], [111.03, 35.53], [111.02, 35.53]]]}";
        String body = """
                {"type": "Feature", "geometry": %s, "properties": {"name": "未闭合", "type": "FLOOD"}}""".formatted(open);
        JsonNode error = firstError(api.post("/api/disasters", body));
        assertThat(error.path("field").asString()).isEqualTo("geometry");
        assertThat(error.path("message").asString())
                .isEqualTo("多边形的环 coordinates[0] 未闭合：首坐标（111.02 35.52）与末坐标（111.02 35.53）不同，末尾须重复第一个坐标")
                .doesNotContain("LinearRing");
        assertThat(firstError(new Api(port).inEnglish().post("/api/disasters", body)).path("message").asString())
                .startsWith("polygon ring coordinates[0] is not closed");

        // in the second feature of a collection, the field says which
        String collection = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": %s, "properties": {"name": "两部分", "type": "FLOOD"}},
                  {"type": "Feature", "geometry": %s, "properties": {}}]}""".formatted(square(111.02, 35.52), open);
        assertThat(firstError(api.post("/api/disasters", collection)).path("field").asString()).isEqualTo("features[1].geometry");
    }

    @Test
    void otherBrokenGeometriesAre422SayingWhatIsWrongWhere() {
        String[][] cases = {
            {"{\"type\": \"Polygon\", \"coordinates\": [[[111.02, 35.52], [111.03, 35.52], [111.02, 35.52]]]}",
                "多边形的环 coordinates[0] 至少需要 4 个坐标（末尾重复第一个），现有 3 个"},
            {"{\"type\": \"MultiPolygon\", \"coordinates\": [[[[111.02, 35.52], [\"111.03\", 35.52], [111.03, 35.53], [111.02, 35.52]]]]}",
                "坐标 coordinates[0][0][1] 应为 [经度, 纬度] 两个数值，收到 [\"111.03\",35.52]"},
            {"{\"type\": \"Circle\", \"coordinates\": [111.02, 35.52]}", "未知的几何类型“Circle”；可用：Point, LineString"},
            {"{\"type\": \"Polygon\"}", "Polygon 缺少坐标数组 coordinates"},
        };
        for (String[] c : cases) {
            JsonNode error = firstError(api.post("/api/disasters", """
                    {"type": "Feature", "geometry": %s, "properties": {"name": "坏几何", "type": "FLOOD"}}""".formatted(c[0])));
            assertThat(error.path("field").asString()).isEqualTo("geometry");
            assertThat(error.path("message").asString()).as(c[0]).startsWith(c[1]);
        }
    }

    @Test
    void theBodyOfPostDisastersIsDescribedInTheOpenApiDocument() {
        JsonNode post = api.get("/v3/api-docs").json().path("paths").path("/api/disasters").path("post");
        assertThat(post.path("description").asString()).contains("**type**（必填", "FLOOD 洪涝", "**name**（必填",
                "severity_rank", "**type** (required");
        assertThat(post.path("requestBody").path("content").path("application/geo+json").path("examples").path("flood")
                .path("value").toString()).contains("FLOOD");
    }
}
