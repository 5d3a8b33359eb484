package org.anju.problems;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.casework.CaseworkProperties;
import org.anju.casework.DocumentStore;
import org.anju.casework.UploadRules;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a problem — evidence of the rectification (整改佐证材料) first — under the same rules as the
 * case archive ({@link UploadRules}: allowed type agreeing with the first bytes, size limit of
 * {@code anju.casework.documents}), stored by a {@link DocumentStore} of their own under
 * {@code ANJU_DATA_DIR/problems/documents} with generated names, SHA-256 recorded. Evidence: no delete.
 */
@Service
class ProblemDocuments {

    /** One stored document as listed. */
    record Document(long id, ProblemDocumentKind kind, String fileName, String contentType, long sizeBytes,
                    String sha256, String uploadedBy, Instant uploadedAt, String note) {
    }

    private static final String SELECT = """
            SELECT id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, note
            FROM problem_document""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ProblemLedger ledger;
    private final AuditLog audit;
    private final CaseworkProperties.Documents settings;
    private final DocumentStore store;

    ProblemDocuments(NamedParameterJdbcTemplate jdbc, ProblemLedger ledger, AuditLog audit,
                     CaseworkProperties casework, AnjuProperties properties) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
        this.settings = casework.documents();
        this.store = DocumentStore.at(properties.dataDir().resolve("problems").resolve("documents"));
    }

    /**
     * Adds a file to the problem (also after it ended: a late review note is still evidence).
     *
     * @throws InvalidInputException 422 for an unknown kind, an empty or too large file, a type not
     *                               allowed or not matching the file's content, a note too long
     */
    @Transactional
    Document upload(long problemId, String kindText, MultipartFile file, String note, Actor actor) {
        ledger.find(problemId);
        ProblemDocumentKind kind = kindText == null ? ProblemDocumentKind.EVIDENCE
                : JsonFields.parseEnum(ProblemDocumentKind.class, kindText);
        if (kind == null) {
            throw InvalidInputException.unprocessable(new FieldProblem("kind", kindText, "enum.unknown",
                    List.of(ProblemDocumentKind.values()).toString()));
        }
        String declared = UploadRules.checkedType("file", file, settings.allowedTypes(), settings.maxSize());
        if (note != null && note.length() > 500) {
            throw InvalidInputException.unprocessable(new FieldProblem("note", null, "field.tooLong", 500));
        }
        DocumentStore.Stored stored = UploadRules.store("file", file, store, settings.maxSize());
        try {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("""
                    INSERT INTO problem_document (problem_id, kind, file_name, stored_name, content_type, size_bytes,
                                                  sha256, uploaded_by, uploaded_at, note)
                    VALUES (:problemId, :kind, :fileName, :stored, :type, :size, :sha, :by, CURRENT_TIMESTAMP, :note)
                    """, new MapSqlParameterSource().addValue("problemId", problemId).addValue("kind", kind.name())
                    .addValue("fileName", UploadRules.displayName(file.getOriginalFilename(), "document"))
                    .addValue("stored", stored.name()).addValue("type", declared).addValue("size", stored.size())
                    .addValue("sha", stored.sha256()).addValue("by", actor.name()).addValue("note", note),
                    key, new String[] {"id"});
            Document document = one(problemId, key.getKey().longValue());
            audit.event("PROBLEM_DOCUMENT", "problem " + problemId, 1L, ProblemLedger.details("document", document.id(),
                    "kind", document.kind(), "file_name", document.fileName(), "content_type", document.contentType(),
                    "size_bytes", document.sizeBytes(), "sha256", document.sha256(), "note", note));
            return document;
        } catch (RuntimeException e) {
            store.delete(stored.name());
            throw e;
        }
    }

    /** Every document of a problem within the caller's jurisdiction, oldest first. */
    List<Document> list(long problemId) {
        ledger.find(problemId);
        return jdbc.query(SELECT + " WHERE problem_id = :id ORDER BY id", Map.of("id", problemId), (rs, i) -> row(rs));
    }

    /** One document of a problem within the caller's jurisdiction; 404 for any other. */
    Document one(long problemId, long documentId) {
        ledger.find(problemId);
        return jdbc.query(SELECT + " WHERE problem_id = :problemId AND id = :id",
                Map.of("problemId", problemId, "id", documentId), (rs, i) -> row(rs)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }

    /** The stored file of a document (after {@link #one} checked the caller may see it). */
    Path file(long problemId, long documentId) {
        String stored = jdbc.queryForList("SELECT stored_name FROM problem_document WHERE problem_id = :problemId AND id = :id",
                Map.of("problemId", problemId, "id", documentId), String.class).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return store.resolve(stored);
    }

    private static Document row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Document(rs.getLong("id"), ProblemDocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("note"));
    }
}
