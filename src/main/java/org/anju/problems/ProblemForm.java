package org.anju.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/problems}: {@code source} (required), {@code description} (required),
 * {@code reference}, {@code area}, {@code houses}, {@code households}, {@code villages} (arrays of codes),
 * {@code cases} (array of case numbers), {@code location} (a GeoJSON Point, CGCS2000 lon/lat, inside
 * China), {@code responsible_unit}, {@code responsible_person}, {@code deadline_on}, {@code measures},
 * {@code progress}, {@code found_on} (default today), {@code note}. Malformed fields are 422 naming the field.
 */
final class ProblemForm {

    static final int MAX_LINKS = 200;

    private ProblemForm() {
    }

    static NewProblem read(JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("source", "reference", "description", "area", "houses", "households", "cases", "villages",
                "location", "responsible_unit", "responsible_person", "deadline_on", "measures", "progress", "found_on",
                "note", "actor"));
        ProblemSource source = f.enumValue("source", ProblemSource.class, true, null);
        String reference = f.text("reference", false, 100);
        String description = f.text("description", true, 2000);
        String area = f.text("area", false, 12);
        List<String> houses = codes(f, body, "houses");
        List<String> households = codes(f, body, "households");
        List<String> villages = codes(f, body, "villages");
        List<Long> cases = new ArrayList<>();
        for (String text : codes(f, body, "cases")) {
            try {
                cases.add(Long.parseLong(text));
            } catch (NumberFormatException e) {
                f.problem("cases", text, "problems.case.unknown", text);
            }
        }
        Double lon = null;
        Double lat = null;
        JsonNode location = body.get("location");
        if (location != null && !location.isNull()) {
            JsonNode c = location.get("coordinates");
            if (!"Point".equals(location.path("type").asString("")) || c == null || !c.isArray() || c.size() != 2
                    || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                f.problem("location", null, "problems.location.point");
            } else {
                lon = c.get(0).asDouble();
                lat = c.get(1).asDouble();
                if (lon < 73 || lon > 136 || lat < 3 || lat > 54) {
                    f.problem("location", lon + "," + lat, lat >= 73 && lat <= 136 && lon >= 3 && lon <= 54
                            ? "problems.location.swapped" : "problems.location.outside");
                    lon = null;
                    lat = null;
                }
            }
        }
        NewProblem p = new NewProblem(source, reference, description, area, houses, households, cases, villages, lon, lat,
                f.text("responsible_unit", false, 100), f.text("responsible_person", false, 50),
                f.date("deadline_on", false), f.text("measures", false, 2000), f.text("progress", false, 2000),
                f.date("found_on", false), f.text("note", false, 2000), null);
        f.text("actor", false, 100);
        f.throwIfInvalid();
        return p;
    }

    /** An array of codes (text or numbers), at most {@link #MAX_LINKS}; missing or null: none. */
    private static List<String> codes(JsonFields f, JsonNode body, String field) {
        List<String> codes = new ArrayList<>();
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return codes;
        }
        if (!node.isArray()) {
            f.problem(field, null, "problems.links.array");
            return codes;
        }
        if (node.size() > MAX_LINKS) {
            f.problem(field, node.size(), "problems.links.tooMany", MAX_LINKS);
            return codes;
        }
        for (JsonNode item : node) {
            String text = item.isString() ? item.asString().strip() : item.isIntegralNumber() ? item.asString() : null;
            if (text == null || text.isEmpty() || text.length() > 32) {
                f.problem(field, item.toString(), "problems.links.code");
            } else if (!codes.contains(text)) {
                codes.add(text);
            }
        }
        return codes;
    }
}
