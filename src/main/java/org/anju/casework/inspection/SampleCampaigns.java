package org.anju.casework.inspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.anju.casework.Actor;
import org.anju.casework.PlaceholderFiles;
import org.anju.house.SafetyGrade;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns of the sample county at work (gis-data/README.md), made and worked through the
 * service's own {@link InspectionCampaigns} and {@link TaskPhotos}: a routine 以人找房 campaign over
 * the county-seat township (the first township) started 40 days before the load day with results for every second task (half done;
 * three results find a C-grade house of a target household that has no case, which opens a case as
 * DISCOVERED), and the emergency campaign after the flood with results for four tasks in five and a
 * photo on each of the first five tasks done. Deterministic for a given seed and load day.
 */
@Service
public class SampleCampaigns {

    private static final Actor ACTOR = new Actor("示例数据（乡镇排查组）");
    private static final int DISCOVERIES = 3;
    private static final int PHOTOS = 5;

    /** What was made: tasks and results of each campaign, photos, cases opened by findings. */
    public record Made(long routineId, int routineTasks, int routineDone, long emergencyId, int emergencyTasks,
                       int emergencyDone, int photos, int casesOpened) {
    }

    private final InspectionCampaigns campaigns;
    private final FieldResults results;
    private final TaskPhotos photos;
    private final NamedParameterJdbcTemplate jdbc;

    SampleCampaigns(InspectionCampaigns campaigns, FieldResults results, TaskPhotos photos, NamedParameterJdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.results = results;
        this.photos = photos;
        this.jdbc = jdbc;
    }

    @Transactional
    public Made create(long seed, String eventCode, LocalDate today) {
        Random random = new Random(seed ^ 0x5EED_CA3DL);
        String county = jdbc.queryForObject("SELECT code FROM admin_area WHERE level = 'COUNTY' ORDER BY code "
                + "FETCH FIRST 1 ROWS ONLY", Map.of(), String.class);
        LocalDate started = today.minusDays(40);
        String seat = jdbc.queryForObject("SELECT code FROM admin_area WHERE level = 'TOWNSHIP' AND parent_code = :county "
                + "ORDER BY code FETCH FIRST 1 ROWS ONLY", Map.of("county", county), String.class);
        long routine = campaigns.create(new InspectionCampaigns.CampaignForm(started.getYear() + "年度常规排查（以人找房）",
                CampaignKind.PERSON_TO_HOUSE, seat, null, 0, started, today.plusDays(20)), ACTOR);
        List<Map<String, Object>> tasks = tasks(routine);
        int done = 0;
        int opened = 0;
        for (int i = 0; i < tasks.size(); i += 2) {
            Map<String, Object> task = tasks.get(i);
            LocalDate day = started.plusDays(random.nextInt(40));
            SafetyGrade grade = grade(task);
            boolean finding = opened < DISCOVERIES && (grade == SafetyGrade.A || grade == SafetyGrade.B
                    || grade == SafetyGrade.UNASSESSED) && "OCCUPIED".equals(task.get("occupancy"));
            Long caseId = record(routine, task, finding ? SafetyGrade.C : grade, day,
                    finding ? "墙体新出现贯通裂缝，初判C级，报县住建局鉴定" : "入户核查，与台账一致");
            opened += caseId == null ? 0 : 1;
            done++;
        }
        Long event = jdbc.queryForList("SELECT id FROM disaster_event WHERE code = :code", Map.of("code", eventCode),
                Long.class).stream().findFirst().orElse(null);
        if (event == null) {
            return new Made(routine, tasks.size(), done, 0, 0, 0, 0, opened);
        }
        Map<String, Object> flood = jdbc.queryForMap("SELECT started_on, ended_on FROM disaster_event WHERE id = :id",
                Map.of("id", event));
        LocalDate ended = date(flood.get("ended_on"));
        long emergency = campaigns.create(new InspectionCampaigns.CampaignForm("2021年秋汛灾后应急排查",
                CampaignKind.EMERGENCY, county, event, 100, ended.plusDays(1), ended.plusDays(15)), ACTOR);
        List<Map<String, Object>> hit = tasks(emergency);
        int emergencyDone = 0;
        int photographed = 0;
        for (int i = 0; i < hit.size(); i++) {
            if (i % 5 == 4) {
                continue;
            }
            Map<String, Object> task = hit.get(i);
            LocalDate day = ended.plusDays(1 + random.nextInt(12));
            record(emergency, task, grade(task), day, "灾后应急排查：" + damage(random));
            emergencyDone++;
            if (photographed < PHOTOS) {
                String code = (String) task.get("house_code");
                photos.upload(emergency, ((Number) task.get("id")).longValue(),
                        PlaceholderFiles.photo(code + "-灾后.png", code),
                        new TaskPhotos.Position(null, null, null, day.atTime(10, 30).atZone(ZoneId.systemDefault())
                                .toInstant()), ACTOR);
                photographed++;
            }
        }
        return new Made(routine, tasks.size(), done, emergency, hit.size(), emergencyDone, photographed, opened);
    }

    private Long record(long campaign, Map<String, Object> task, SafetyGrade grade, LocalDate day, String note) {
        long id = ((Number) task.get("id")).longValue();
        int version = ((Number) task.get("version")).intValue();
        return results.submit(campaign, id, new FieldResults.Submission(null, new InspectionCampaigns.ResultForm(
                grade == SafetyGrade.UNASSESSED ? null : grade, (String) task.get("occupancy"), null, null, null, note, day,
                version), null, null, null, List.of()), ACTOR).caseOpened();
    }

    /** The campaign's tasks by house code: task ids follow the database's insertion order, which PostGIS does not fix. */
    private List<Map<String, Object>> tasks(long campaign) {
        return jdbc.queryForList("""
                SELECT t.id, t.version, h.code AS house_code, h.grade, h.occupancy FROM inspection_task t
                JOIN house h ON h.id = t.house_id WHERE t.campaign_id = :campaign ORDER BY h.code, t.id
                """, Map.of("campaign", campaign));
    }

    private static SafetyGrade grade(Map<String, Object> task) {
        return SafetyGrade.valueOf((String) task.get("grade"));
    }

    private static String damage(Random random) {
        String[] seen = {"墙根受潮，无明显裂缝", "院墙局部倒塌，主体完好", "屋面渗漏，已临时遮盖", "地基轻微下沉，持续观察"};
        return seen[random.nextInt(seen.length)];
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
