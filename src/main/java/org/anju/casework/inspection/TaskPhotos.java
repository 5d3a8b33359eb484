package org.anju.casework.inspection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.anju.casework.Actor;
import org.anju.casework.DocumentStore;
import org.anju.casework.UploadRules;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of an inspection task taken in the field, with the phone's position. Kept like the archive's
 * documents ({@link UploadRules}, {@link DocumentStore}): the declared type must be an allowed image
 * type and agree with the file's first bytes, the size is limited, the file is stored under a random
 * name in {@code ANJU_DATA_DIR/casework/inspection-photos}; the client's name is for display only.
 * Photos are evidence of the inspection: there is no delete. The task must be in the caller's
 * jurisdiction ({@link InspectionCampaigns#task}).
 */
@Service
public class TaskPhotos {

    private final NamedParameterJdbcTemplate jdbc;
    private final InspectionCampaigns campaigns;
    private final InspectionPhotoProperties settings;
    private final DocumentStore store;

    TaskPhotos(NamedParameterJdbcTemplate jdbc, InspectionCampaigns campaigns, InspectionPhotoProperties settings,
               AnjuProperties properties) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.settings = settings;
        this.store = DocumentStore.at(properties.dataDir().resolve("casework").resolve("inspection-photos"));
    }

    /** One photo as listed. */
    public record Photo(long id, long taskId, String fileName, String contentType, long sizeBytes, String sha256,
                        Double lon, Double lat, Double accuracyMetres, Instant takenAt, String uploadedBy,
                        Instant uploadedAt) {
    }

    /** Where and when the photo was taken, as the phone said (all optional). */
    public record Position(Double lon, Double lat, Double accuracyMetres, Instant takenAt) {
    }

    /**
     * Adds a photo to the task.
     *
     * @throws NotFoundException     the task is not in this campaign or not in the jurisdiction
     * @throws InvalidInputException 422: empty, too large, not an allowed image, content not matching
     *                               the declared type, the task has {@code max-per-task} photos already;
     *                               409 when the campaign is closed
     */
    @Transactional
    public Photo upload(long campaign, long task, MultipartFile file, Position position, Actor actor) {
        campaigns.task(campaign, task);
        campaigns.requireOpen(campaign);
        String type = UploadRules.checkedType("file", file, settings.allowedTypes(), settings.maxSize());
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM inspection_photo WHERE task_id = :task",
                Map.of("task", task), Long.class);
        if (existing >= settings.maxPerTask()) {
            throw InvalidInputException.unprocessable(new FieldProblem("file", existing, "inspection.photo.tooMany",
                    settings.maxPerTask()));
        }
        DocumentStore.Stored stored = UploadRules.store("file", file, store, settings.maxSize());
        try {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(InspectionSql.INSERT_PHOTO, new MapSqlParameterSource("task", task)
                    .addValue("fileName", UploadRules.displayName(file.getOriginalFilename(), "photo"))
                    .addValue("stored", stored.name()).addValue("type", type).addValue("size", stored.size())
                    .addValue("sha", stored.sha256()).addValue("lon", position.lon()).addValue("lat", position.lat())
                    .addValue("accuracy", position.accuracyMetres())
                    .addValue("takenAt", position.takenAt() == null ? null : java.sql.Timestamp.from(position.takenAt()))
                    .addValue("by", actor.name()), key, new String[] {"id"});
            return one(campaign, task, key.getKey().longValue());
        } catch (RuntimeException e) {
            store.delete(stored.name());
            throw e;
        }
    }

    /** The task's photos, oldest first (empty when it has none). */
    public List<Photo> list(long campaign, long task) {
        campaigns.task(campaign, task);
        return jdbc.query(InspectionSql.PHOTOS + " WHERE p.task_id = :task ORDER BY p.id", Map.of("task", task),
                (rs, i) -> row(rs));
    }

    public Photo one(long campaign, long task, long photo) {
        campaigns.task(campaign, task);
        return jdbc.query(InspectionSql.PHOTOS + " WHERE p.task_id = :task AND p.id = :photo",
                Map.of("task", task, "photo", photo), (rs, i) -> row(rs)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("inspectionPhoto", photo));
    }

    /** The stored file of a photo, to stream to the client. */
    public Path file(long campaign, long task, long photo) {
        one(campaign, task, photo);
        String stored = jdbc.queryForObject("SELECT stored_name FROM inspection_photo WHERE id = :photo",
                Map.of("photo", photo), String.class);
        return store.resolve(stored);
    }

    private static Photo row(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Timestamp taken = rs.getTimestamp("taken_at");
        return new Photo(rs.getLong("id"), rs.getLong("task_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getObject("lon", Double.class), rs.getObject("lat", Double.class),
                rs.getObject("accuracy_metres", Double.class), taken == null ? null : taken.toInstant(),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
