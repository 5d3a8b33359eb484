package org.anju.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.audit.AuditLog;
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
 * The one-household-one-file archive (一户一档) of a case: uploads (type and size checked, SHA-256
 * recorded, stored by {@link DocumentStore} under a generated name), downloads, and the completeness
 * check — which documents the case's state requires ({@link CaseTransitions#required}) and which of
 * them are missing. Documents are evidence: there is no delete.
 */
@Service
public class CaseDocuments {

    private final NamedParameterJdbcTemplate jdbc;
    private final DocumentStore store;
    private final CaseworkProperties.Documents settings;
    private final CaseLedger ledger;
    private final CaseHistory history;
    private final AuditLog audit;

    CaseDocuments(NamedParameterJdbcTemplate jdbc, DocumentStore store, CaseworkProperties properties,
                  CaseLedger ledger, CaseHistory history, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.settings = properties.documents();
        this.ledger = ledger;
        this.history = history;
        this.audit = audit;
    }

    /** One stored document as listed. */
    public record Document(long id, int cycle, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                           String sha256, String uploadedBy, java.time.Instant uploadedAt, String note) {
    }

    /** What the case's state requires, what is on file and what is missing (current cycle). */
    public record Completeness(int cycle, Set<DocumentKind> required, Set<DocumentKind> present,
                               Set<DocumentKind> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * Adds a file to the case's archive (current cycle).
     *
     * @throws InvalidInputException 422 for an unknown kind, an empty or too large file, a type not
     *                               allowed or not matching the file's content
     */
    @Transactional
    public Document upload(long caseId, String kindText, MultipartFile file, String note, Actor actor) {
        HousingCase c = ledger.find(caseId);
        DocumentKind kind = kindText == null ? null : org.anju.system.JsonFields.parseEnum(DocumentKind.class, kindText);
        if (kind == null) {
            throw InvalidInputException.unprocessable(new FieldProblem("kind", kindText, "enum.unknown",
                    List.of(DocumentKind.values()).toString()));
        }
        String declared = UploadRules.checkedType("file", file, settings.allowedTypes(), settings.maxSize());
        if (note != null && note.length() > 500) {
            throw InvalidInputException.unprocessable(new FieldProblem("note", null, "field.tooLong", 500));
        }
        DocumentStore.Stored stored = UploadRules.store("file", file, store, settings.maxSize());
        try {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("""
                    INSERT INTO casework_document (case_id, cycle, kind, file_name, stored_name, content_type, size_bytes,
                                                   sha256, uploaded_by, uploaded_at, note)
                    VALUES (:caseId, :cycle, :kind, :fileName, :stored, :type, :size, :sha, :by, CURRENT_TIMESTAMP, :note)
                    """, new MapSqlParameterSource().addValue("caseId", caseId).addValue("cycle", c.getCycle())
                    .addValue("kind", kind.name()).addValue("fileName", UploadRules.displayName(file.getOriginalFilename(), "document"))
                    .addValue("stored", stored.name()).addValue("type", declared).addValue("size", stored.size())
                    .addValue("sha", stored.sha256()).addValue("by", actor.name()).addValue("note", note),
                    key, new String[] {"id"});
            Document document = one(caseId, key.getKey().longValue());
            audit.event("CASE_DOCUMENT", "case " + caseId, 1L, CaseLedger.details("document", document.id(),
                    "cycle", document.cycle(), "kind", document.kind(), "file_name", document.fileName(),
                    "content_type", document.contentType(), "size_bytes", document.sizeBytes(),
                    "sha256", document.sha256(), "note", note));
            return document;
        } catch (RuntimeException e) {
            store.delete(stored.name());
            throw e;
        }
    }

    public List<Document> list(long caseId) {
        ledger.find(caseId);
        return jdbc.query(SELECT + " WHERE case_id = :caseId ORDER BY cycle, kind, id", Map.of("caseId", caseId),
                (rs, i) -> row(rs));
    }

    /** One document of a case within the caller's jurisdiction; 404 for any other. */
    public Document one(long caseId, long documentId) {
        ledger.find(caseId);
        List<Document> found = jdbc.query(SELECT + " WHERE case_id = :caseId AND id = :id",
                Map.of("caseId", caseId, "id", documentId), (rs, i) -> row(rs));
        if (found.isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        return found.get(0);
    }

    /** The stored file of a document, to stream to the client. */
    public java.nio.file.Path file(long caseId, long documentId) {
        String stored = jdbc.queryForList("SELECT stored_name FROM casework_document WHERE case_id = :caseId AND id = :id",
                Map.of("caseId", caseId, "id", documentId), String.class).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return store.resolve(stored);
    }

    public Completeness completeness(HousingCase c) {
        CaseState reached = c.getState();
        if (c.getState() == CaseState.WITHDRAWN || c.getState() == CaseState.REJECTED) {
            List<CaseHistory.Entry> cycle = history.of(c.getId(), c.getCycle());
            reached = cycle.get(cycle.size() - 1).fromState();
        }
        Set<DocumentKind> required = CaseTransitions.required(c.getState(), reached, c.getHouseId() != null);
        Set<DocumentKind> present = ledger.documentKinds(c);
        Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
        missing.addAll(required);
        missing.removeAll(present);
        return new Completeness(c.getCycle(), required, present, missing);
    }

    private static final String SELECT = """
            SELECT id, cycle, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, note
            FROM casework_document""";

    private static Document row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Document(rs.getLong("id"), rs.getInt("cycle"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("note"));
    }
}
