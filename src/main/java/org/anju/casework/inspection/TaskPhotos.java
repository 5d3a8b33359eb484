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
    public record Photo(long id, String clientId, long taskId, String fileName, String contentType, long sizeBytes,
                        String sha256, Double lon, Double lat, Double accuracyMetres, Instant takenAt, String uploadedBy,
                        Instant uploadedAt) {
    }

    /**
     * What the phone says of a photo it sends from its outbox (both optional): its own UUID, so that
     * sending it again finds it, and the SHA-256 it computed, checked against the bytes received.
     */
    public record Claim(String clientId, String sha256) {

        static final Claim NONE = new Claim(null, null);
    }

    /** A photo stored, or found stored by its client id ({@code replayed}). */
    public record Uploaded(Photo photo, boolean replayed) {
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
        return upload(campaign, task, file, position, Claim.NONE, actor).photo();
    }

    /**
     * Adds a photo sent with a {@link Claim}: a client id already stored answers that photo (same task,
     * same SHA-256) and stores nothing; a SHA-256 that the bytes received do not have is refused and
     * nothing is kept (the phone still has the photo and sends it again).
     *
     * @throws InvalidInputException as {@link #upload(long, long, MultipartFile, Position, Actor)}; 409 for a
     *                               client id used for another photo; 422 naming the photo when the
     *                               hash does not match
     */
    @Transactional
    public Uploaded upload(long campaign, long task, MultipartFile file, Position position, Claim claim, Actor actor) {
        campaigns.task(campaign, task);
        if (claim.clientId() != null) {
            java.util.Optional<Uploaded> stored = replayOf(campaign, task, claim);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        campaigns.requireOpen(campaign);
        String type = UploadRules.checkedType("file", file, settings.allowedTypes(), settings.maxSize());
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM inspection_photo WHERE task_id = :task",
                Map.of("task", task), Long.class);
        if (existing >= settings.maxPerTask()) {
            throw InvalidInputException.unprocessable(new FieldProblem("file", existing, "inspection.photo.tooMany",
                    settings.maxPerTask()));
        }
        DocumentStore.Stored stored = UploadRules.store("file", file, store, settings.maxSize());
        String name = UploadRules.displayName(file.getOriginalFilename(), "photo");
        if (claim.sha256() != null && !claim.sha256().equalsIgnoreCase(stored.sha256())) {
            store.delete(stored.name());
            throw InvalidInputException.unprocessable(new FieldProblem("sha256", claim.sha256(),
                    "inspection.photo.hashMismatch", name, claim.clientId() == null ? "" : claim.clientId(),
                    stored.sha256()));
        }
        try {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(InspectionSql.INSERT_PHOTO, new MapSqlParameterSource("task", task)
                    .addValue("fileName", name).addValue("clientId", claim.clientId())
                    .addValue("stored", stored.name()).addValue("type", type).addValue("size", stored.size())
                    .addValue("sha", stored.sha256()).addValue("lon", position.lon()).addValue("lat", position.lat())
                    .addValue("accuracy", position.accuracyMetres())
                    .addValue("takenAt", position.takenAt() == null ? null : java.sql.Timestamp.from(position.takenAt()))
                    .addValue("by", actor.name()), key, new String[] {"id"});
            return new Uploaded(one(campaign, task, key.getKey().longValue()), false);
        } catch (RuntimeException e) {
            store.delete(stored.name());
            throw e;
        }
    }

    /**
     * The photo stored under the claim's client id, if any, when it is the same photo (same task and, if
     * the claim has one, same SHA-256).
     *
     * @throws InvalidInputException 409 when the client id belongs to another photo
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Uploaded> replayOf(long campaign, long task, Claim claim) {
        return jdbc.query(InspectionSql.PHOTOS + " WHERE p.client_id = :clientId", Map.of("clientId", claim.clientId()),
                (rs, i) -> row(rs)).stream().findFirst().map(p -> {
                    if (p.taskId() != task || (claim.sha256() != null && !claim.sha256().equalsIgnoreCase(p.sha256()))) {
                        throw InvalidInputException.conflict(new FieldProblem("client_id", claim.clientId(),
                                "inspection.photo.clientIdReused", p.id(), p.fileName()));
                    }
                    return new Uploaded(one(campaign, task, p.id()), true);
                });
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
        return new Photo(rs.getLong("id"), rs.getString("client_id"), rs.getLong("task_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getObject("lon", Double.class), rs.getObject("lat", Double.class),
                rs.getObject("accuracy_metres", Double.class), taken == null ? null : taken.toInstant(),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
