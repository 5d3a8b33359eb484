package org.anju.casework.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.area.AdminCode;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.privacy.PersonalDataMask;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A village's offline package (离线包) for a phone that will work without signal (issue 17): the
 * campaign, the village with its boundary and box, its tasks in check order as GeoJSON house points
 * (the same features as {@code GET …/tasks?village=}: last grade and occupancy on record, the head of
 * the main household, the task's and the house's versions the phone sends back), the heads' ID numbers
 * and phones masked ({@link PersonalDataMask}), the form's choices, and the house tiles z14–z18 the
 * phone's map needs over the village's box — every tile with at least one house; an empty one is not
 * listed, the phone draws nothing there — with the package's size: the data exactly, the tiles
 * estimated ({@link FieldWorkProperties#tileBytesPerHouse}). Refused (422, in words) above
 * {@link FieldWorkProperties#offlinePackageMaxSize}. Within the caller's jurisdiction: a village
 * without tasks there is 404.
 */
@Service
public class OfflinePackage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A task's share of the package before it is written (for the refusal ahead of building a huge one). */
    private static final int BYTES_PER_TASK_AT_LEAST = 400;

    private final NamedParameterJdbcTemplate jdbc;
    private final InspectionCampaigns campaigns;
    private final FieldWorkProperties settings;
    private final InspectionPhotoProperties photos;
    private final EnumLabels labels;

    OfflinePackage(NamedParameterJdbcTemplate jdbc, InspectionCampaigns campaigns, FieldWorkProperties settings,
                   InspectionPhotoProperties photos, EnumLabels labels) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.settings = settings;
        this.photos = photos;
        this.labels = labels;
    }

    /** The tiles of the package: each as {@code z/x/y} with the houses it holds. */
    record Tiles(Map<String, Integer> housesByTile) {

        long estimatedBytes(FieldWorkProperties settings) {
            return housesByTile.values().stream().mapToLong(n -> settings.tileBytesOverhead()
                    + (long) n * settings.tileBytesPerHouse()).sum();
        }

        List<String> urls() {
            return housesByTile.keySet().stream().map(k -> "/tiles/houses/" + k + ".mvt").toList();
        }
    }

    /**
     * Writes the package of {@code village} to {@code out} as one JSON document.
     *
     * @throws NotFoundException     the campaign or the village's tasks are not visible to the caller
     * @throws InvalidInputException 400 for a code that is not a village's; 422 when the package is larger
     *                               than allowed
     */
    @Transactional(readOnly = true)
    public void write(long campaignId, String village, OutputStream out) throws IOException {
        if (!AdminCode.isValid(village) || new AdminCode(village).level() != org.anju.area.AreaLevel.VILLAGE) {
            throw InvalidInputException.badRequest(new FieldProblem("village", village, "adminCode.form"));
        }
        Map<String, Object> campaign = campaigns.campaign(campaignId);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaignId).addValue("village", village);
        String scope = campaigns.taskScope(params);
        long taskCount = jdbc.queryForObject(OfflinePackageSql.taskCount(scope), params, Long.class);
        if (taskCount == 0) {
            throw new NotFoundException("inspectionVillage", village);
        }
        Map<String, Object> box = jdbc.queryForMap(OfflinePackageSql.extent(scope), params);
        Tiles tiles = tiles(number(box.get("west")), number(box.get("south")), number(box.get("east")),
                number(box.get("north")));
        long tileBytes = tiles.estimatedBytes(settings);
        long max = settings.offlinePackageMaxSize().toBytes();
        if (tileBytes + taskCount * BYTES_PER_TASK_AT_LEAST > max) {
            throw tooLarge(tileBytes + taskCount * BYTES_PER_TASK_AT_LEAST, taskCount, tiles);
        }

        ByteArrayOutputStream features = new ByteArrayOutputStream();
        params.addValue("campaign", campaignId);
        try (FeatureCollectionWriter writer = new FeatureCollectionWriter(features)) {
            writer.start(json -> { });
            jdbc.query(InspectionSql.tasks(false, true, scope, CampaignKind.EMERGENCY.name().equals(campaign.get("kind"))),
                    params, writer::writeRow);
            writer.finish(json -> { });
        }
        Map<String, Object> heads = new LinkedHashMap<>();
        jdbc.query(OfflinePackageSql.heads(scope), params, rs -> {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("head_name", rs.getString("head_name"));
            head.put("id_number", PersonalDataMask.idNumber(rs.getString("id_number")));
            head.put("phone", PersonalDataMask.phone(rs.getString("phone")));
            head.put("members", rs.getObject("members"));
            heads.put(String.valueOf(rs.getLong("task_id")), head);
        });
        Map<String, Object> villageRow = jdbc.queryForMap(OfflinePackageSql.VILLAGE, Map.of("village", village));

        Map<String, Object> head = new LinkedHashMap<>();
        head.put("format", 1);
        head.put("taken_at", Instant.now().toString());
        head.put("campaign", campaignPart(campaign));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", villageRow.get("code"));
        v.put("name", villageRow.get("name"));
        v.put("township_code", villageRow.get("township_code"));
        v.put("township_name", villageRow.get("township_name"));
        v.put("bbox", box.get("west") == null ? null : List.of(box.get("west"), box.get("south"), box.get("east"),
                box.get("north")));
        head.put("village", v);
        String boundary = (String) villageRow.get("boundary");
        Map<String, Object> tilePart = new LinkedHashMap<>();
        tilePart.put("min_zoom", settings.tileMinZoom());
        tilePart.put("max_zoom", settings.tileMaxZoom());
        tilePart.put("count", tiles.housesByTile().size());
        tilePart.put("estimated_bytes", tileBytes);
        tilePart.put("urls", tiles.urls());

        byte[] headBytes = JSON.writeValueAsBytes(head);
        byte[] rest = ("\"boundary\":" + (boundary == null ? "null" : boundary) + ",\"form\":"
                + JSON.writeValueAsString(form()) + ",\"heads\":" + JSON.writeValueAsString(heads) + ",\"tiles\":"
                + JSON.writeValueAsString(tilePart)).getBytes(StandardCharsets.UTF_8);
        long dataBytes = headBytes.length + rest.length + features.size() + 200;
        long total = dataBytes + tileBytes;
        if (total > max) {
            throw tooLarge(total, taskCount, tiles);
        }
        out.write(headBytes, 0, headBytes.length - 1);   // without its closing brace
        out.write(",\"tasks\":".getBytes(StandardCharsets.UTF_8));
        features.writeTo(out);
        out.write(',');
        out.write(rest);
        out.write(("," + "\"size\":{\"data_bytes\":" + dataBytes + ",\"tile_bytes_estimated\":" + tileBytes
                + ",\"estimated_bytes\":" + total + ",\"max_bytes\":" + max + "}}").getBytes(StandardCharsets.UTF_8));
    }

    private InvalidInputException tooLarge(long bytes, long tasks, Tiles tiles) {
        return InvalidInputException.unprocessable(new FieldProblem("village", null, "inspection.offline.tooLarge",
                megabytes(bytes), megabytes(settings.offlinePackageMaxSize().toBytes()), tasks, tiles.housesByTile().size()));
    }

    /** 2 KB, 812 KB, 3.4 MB. */
    static String megabytes(long bytes) {
        return bytes < 1_048_576 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private Map<String, Object> campaignPart(Map<String, Object> campaign) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", campaign.get("id"));
        c.put("name", campaign.get("name"));
        c.put("kind", campaign.get("kind"));
        c.put("kind_label", labels.of(CampaignKind.class, (String) campaign.get("kind")));
        c.put("started_on", String.valueOf(campaign.get("started_on")));
        c.put("due_on", campaign.get("due_on") == null ? null : String.valueOf(campaign.get("due_on")));
        return c;
    }

    /** The form's choices, in the words of the request's language, and its limits. */
    private Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        List<Map<String, String>> grades = new ArrayList<>();
        for (SafetyGrade g : List.of(SafetyGrade.A, SafetyGrade.B, SafetyGrade.C, SafetyGrade.D)) {
            grades.add(Map.of("value", g.name(), "label", labels.of(g)));
        }
        form.put("grades", grades);
        List<Map<String, String>> occupancies = new ArrayList<>();
        for (String o : FieldResultController.OCCUPANCIES) {
            occupancies.add(Map.of("value", o, "label", labels.of(Occupancy.class, o)));
        }
        form.put("occupancies", occupancies);
        form.put("evacuated_persons_max", 100);
        form.put("note_max_length", 1000);
        form.put("photo_types", List.copyOf(photos.allowedTypes()));
        form.put("photo_max_bytes", photos.maxSize().toBytes());
        form.put("photos_per_task", photos.maxPerTask());
        form.put("review_distance_metres", settings.reviewDistanceMetres());
        form.put("review_accuracy_metres", settings.reviewAccuracyMetres());
        return form;
    }

    /** The tiles z{min}–z{max} over the box that hold at least one house, with how many; none without a box. */
    private Tiles tiles(Double west, Double south, Double east, Double north) {
        Map<String, Integer> byTile = new TreeMap<>();
        if (west == null) {
            return new Tiles(byTile);
        }
        jdbc.query(OfflinePackageSql.HOUSE_POINTS_IN_BOX, Map.of("west", west, "south", south, "east", east,
                "north", north), rs -> {
            double lon = rs.getDouble("lon");
            double lat = rs.getDouble("lat");
            for (int z = settings.tileMinZoom(); z <= settings.tileMaxZoom(); z++) {
                byTile.merge(tileOf(z, lon, lat), 1, Integer::sum);
            }
        });
        return new Tiles(byTile);
    }

    /** {@code z/x/y} of the web map tile (XYZ, EPSG:3857) holding lon/lat. */
    static String tileOf(int z, double lon, double lat) {
        long n = 1L << z;
        long x = Math.min(n - 1, Math.max(0, (long) Math.floor((lon + 180) / 360 * n)));
        double rad = Math.toRadians(lat);
        double merc = Math.log(Math.tan(rad) + 1 / Math.cos(rad));
        long y = Math.min(n - 1, Math.max(0, (long) Math.floor((1 - merc / Math.PI) / 2 * n)));
        return z + "/" + x + "/" + y;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
