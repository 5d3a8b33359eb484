package org.anju.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.hazard.DisasterFootprints;
import org.anju.hazard.DisasterType;

/**
 * Imports disaster footprints (灾害范围): every feature of the file is one footprint part of a
 * disaster event, with its severity class (e.g. water depth). The event — code, type, name, start
 * and end — comes from the request parameters ({@code code}, {@code type}, {@code name},
 * {@code started_on}, {@code ended_on}, {@code description}), which win, else from the file's
 * columns (rows of one event must agree), else: a generated code, the file's name, today. Events are
 * upserted by code: a stored event keeps what the file leaves empty and its footprint is replaced
 * by the file's parts. Without a {@code severity_rank} column the ranks follow the severities
 * ({@link HazardValues#severityOrder}). The report lists the events written ({@code events}, and
 * {@code event_id} when there is one) so that the map can show what the disaster hit.
 */
final class DisasterImport implements LayerImport {

    private static final AnjuField[] EVENT_FIELDS = {AnjuField.EVENT_TYPE, AnjuField.EVENT_NAME, AnjuField.STARTED_ON,
            AnjuField.ENDED_ON, AnjuField.DESCRIPTION};

    private final ImportContext context;
    private final StagedChecks checks;
    private final AreaRows areas;
    private final EventParameters given;
    private final String generatedCode;
    private FieldMapping mapping;
    private StagingWriter writer;
    private long rejected;

    /** The event attributes given as request parameters, read once ({@link ImportFailure} when unusable). */
    private record EventParameters(String code, DisasterType type, String name, LocalDate startedOn, LocalDate endedOn,
                                   String description) {

        static EventParameters of(ImportRequest request) {
            String code = text(request, "code", 40);
            String typeText = request.fileValue("type");
            DisasterType type = null;
            if (typeText != null) {
                type = HazardValues.disasterType(typeText);
                if (type == null) {
                    throw new ImportFailure("type", typeText, "import.value.unknownWord", DomainValues.accepted(DisasterType.class));
                }
            }
            LocalDate started = date(request, "started_on");
            LocalDate ended = date(request, "ended_on");
            if (started != null && ended != null && ended.isBefore(started)) {
                throw new ImportFailure("ended_on", ended, "disaster.endsBeforeStart");
            }
            return new EventParameters(code, type, text(request, "name", 200), started, ended,
                    text(request, "description", 2000));
        }

        private static String text(ImportRequest request, String name, int maxLength) {
            String value = request.fileValue(name);
            if (value != null && value.length() > maxLength) {
                throw new ImportFailure(name, value, "field.tooLong", maxLength);
            }
            return value;
        }

        private static LocalDate date(ImportRequest request, String name) {
            String value = request.fileValue(name);
            if (value == null) {
                return null;
            }
            LocalDate date = CellValues.date(value);
            if (date == null) {
                throw new ImportFailure(name, value, "import.value.notDate");
            }
            return date;
        }
    }

    DisasterImport(ImportContext context) {
        this.context = context;
        this.checks = new StagedChecks(context.jdbc(), HazardImportSql.DISASTER_STAGE, context.report().id(),
                context.report(), context.properties().batchSize());
        this.areas = new AreaRows(context.reprojection(), context.report());
        this.given = EventParameters.of(context.request());
        this.generatedCode = (given.type() == null ? "EVENT" : given.type().name()) + "-"
                + (given.startedOn() == null ? LocalDate.now() : given.startedOn()) + "-"
                + context.report().id().substring(0, 8);
    }

    @Override
    public void startStaging() {
        writer = context.stagingWriter(HazardImportSql.DISASTER_STAGE, HazardImportSql.DISASTER_STAGE_COLUMNS,
                HazardImportSql.DISASTER_GEOMETRY_COLUMNS);
    }

    @Override
    public void columns(List<String> columns, Set<String> truncated) {
        mapping = FieldMapping.of(ImportLayer.DISASTERS, columns, truncated, context.request().mapping(),
                context.heterogeneous());
        mapping.describe(columns, context.report());
    }

    @Override
    public void record(SourceRecord record) {
        context.report().rowRead();
        RowCheck check = new RowCheck(record, mapping);
        AreaRows.Area area = areas.read(record, check, true);
        String code = given.code() != null ? given.code() : check.text(AnjuField.EVENT_CODE, false, 40);
        DisasterType type = given.type() != null ? given.type()
                : check.word(AnjuField.EVENT_TYPE, DisasterType.class, HazardValues::disasterType);
        String name = given.name() != null ? given.name() : check.text(AnjuField.EVENT_NAME, false, 200);
        LocalDate started = given.startedOn() != null ? given.startedOn() : check.date(AnjuField.STARTED_ON, false);
        LocalDate ended = given.endedOn() != null ? given.endedOn() : check.date(AnjuField.ENDED_ON, false);
        if (started != null && ended != null && ended.isBefore(started)) {
            check.error(AnjuField.ENDED_ON, ended, "disaster.endsBeforeStart");
        }
        String description = given.description() != null ? given.description()
                : check.text(AnjuField.DESCRIPTION, false, 2000);
        String severity = check.text(AnjuField.SEVERITY, false, DisasterFootprints.MAX_SEVERITY_LENGTH);
        Double order = severity == null ? null : HazardValues.severityOrder(check.raw(AnjuField.SEVERITY));
        Integer rank = check.integer(AnjuField.SEVERITY_RANK, 0, DisasterFootprints.MAX_SEVERITY_RANK);
        if (!check.errors().isEmpty() || area == null) {
            rejected++;
            check.errors().forEach(context.report()::error);
            return;
        }
        areas.staged(record.row(), area);
        writer.add(context.report().id(), record.row(), code != null ? code : generatedCode,
                type == null ? null : type.name(), name, started, ended, description, severity, order, rank,
                area.polygons().getNumPoints(), area.polygons());
    }

    @Override
    public void endStaging() {
        writer.close();
        areas.noteRepairs();
    }

    @Override
    public void abortStaging() {
        if (writer != null) {
            writer.abort();
        }
    }

    @Override
    public void check() {
        if (!mapping.has(AnjuField.SEVERITY_RANK) && mapping.has(AnjuField.SEVERITY)) {
            checks.update(HazardImportSql.DISASTER_RANK_FROM_ORDER);
            String unordered = context.jdbc().queryForObject(HazardImportSql.DISASTER_UNORDERED_SEVERITY,
                    Map.of("id", context.report().id()), String.class);
            if (unordered != null) {
                context.report().note("import.note.severityUnordered", unordered);
            }
        }
        for (AnjuField field : EVENT_FIELDS) {
            String attribute = attribute(field);
            checks.reject(HazardImportSql.eventMismatch(attribute), row -> new RowError(rowNo(row), column(field),
                    String.valueOf(row.get("given_value")), "import.disaster.eventMismatch", String.valueOf(row.get("first_row")),
                    String.valueOf(row.get("first_value"))));
        }
        Map<String, Object> today = Map.of("id", context.report().id(), "today", LocalDate.now());
        List<RowError> disordered = new ArrayList<>();
        context.jdbc().query(HazardImportSql.DISASTER_DATES_DISORDERED, today, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            boolean startGiven = rs.getObject("started_on") != null;
            disordered.add(new RowError(rs.getLong("row_no"), column(startGiven ? AnjuField.STARTED_ON : AnjuField.ENDED_ON),
                    String.valueOf(rs.getObject(startGiven ? "started_on" : "ended_on")), "import.disaster.datesDisordered",
                    String.valueOf(rs.getObject("event_start")), String.valueOf(rs.getObject("event_end"))));
        });
        rejectAll(disordered);
        checks.reject(HazardImportSql.DISASTER_NEW_WITHOUT_TYPE, row -> new RowError(rowNo(row), column(AnjuField.EVENT_TYPE),
                null, "import.disaster.typeRequired", row.get("event_code"), DomainValues.accepted(DisasterType.class)));
        context.jdbc().query(HazardImportSql.DISASTER_TOO_MANY_VERTICES, Map.of("id", context.report().id()),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            throw new ImportFailure("geometry", rs.getString("event_code"), "disaster.tooManyVertices",
                    rs.getLong("vertices"), DisasterFootprints.MAX_VERTICES);
        });
        if (context.request().dryRun()) {
            reportEvents(planned(), false);
        }
    }

    /** Rejects rows found by a query that needed more parameters than {@link StagedChecks} binds. */
    private void rejectAll(List<RowError> errors) {
        for (RowError error : errors) {
            context.report().error(error);
            context.jdbc().update(ImportSql.reject(HazardImportSql.DISASTER_STAGE),
                    Map.of("id", context.report().id(), "row", error.row()));
        }
    }

    @Override
    public long accepted() {
        return checks.count(ImportSql.accepted(HazardImportSql.DISASTER_STAGE));
    }

    @Override
    public long existing() {
        return checks.count(HazardImportSql.DISASTER_EXISTING);
    }

    @Override
    public long rejected() {
        return rejected + checks.count(ImportSql.rejectedCount(HazardImportSql.DISASTER_STAGE));
    }

    @Override
    public void merge() {
        Map<String, Boolean> created = new HashMap<>();
        planned().forEach(e -> created.put((String) e.get("code"), (Boolean) e.get("created")));
        Map<String, Object> params = new HashMap<>();
        params.put("id", context.report().id());
        params.put("defaultName", defaultName());
        params.put("today", LocalDate.now());
        context.jdbc().update(HazardImportSql.DISASTER_EVENT_MERGE, params);
        int replaced = context.jdbc().update(HazardImportSql.DISASTER_PARTS_REPLACED, params);
        if (replaced > 0) {
            context.report().note("import.note.footprintReplaced", replaced);
        }
        checks.update(HazardImportSql.DISASTER_PARTS_INSERT);
        List<Map<String, Object>> events = new ArrayList<>();
        context.jdbc().query(HazardImportSql.DISASTER_EVENTS_WRITTEN, params, rs -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", rs.getLong("id"));
            event.put("code", rs.getString("code"));
            event.put("name", rs.getString("name"));
            event.put("type", rs.getString("type"));
            event.put("started_on", String.valueOf(rs.getObject("started_on", LocalDate.class)));
            event.put("parts", rs.getLong("parts"));
            event.put("created", created.getOrDefault(rs.getString("code"), Boolean.TRUE));
            events.add(event);
        });
        reportEvents(events, true);
    }

    /** The events as a dry run would write them: the stored id or none, name, type, parts. */
    private List<Map<String, Object>> planned() {
        List<Map<String, Object>> events = new ArrayList<>();
        context.jdbc().query(HazardImportSql.DISASTER_EVENTS_PLANNED, Map.of("id", context.report().id()), rs -> {
            Map<String, Object> event = new LinkedHashMap<>();
            Object id = rs.getObject("id");
            event.put("id", id == null ? null : ((Number) id).longValue());
            event.put("code", rs.getString("code"));
            event.put("name", rs.getString("name") != null ? rs.getString("name") : defaultName());
            event.put("type", rs.getString("type"));
            event.put("parts", rs.getLong("parts"));
            event.put("created", rs.getString("stored_code") == null);
            events.add(event);
        });
        return events;
    }

    private void reportEvents(List<Map<String, Object>> events, boolean written) {
        context.report().result("events", events);
        if (events.size() == 1 && written) {
            context.report().result("event_id", events.get(0).get("id"));
        }
    }

    @Override
    public void clear() {
        checks.update(ImportSql.clear(HazardImportSql.DISASTER_STAGE));
    }

    /** The name of a new event the file does not name: the file's name without its extension. */
    private String defaultName() {
        String file = context.report().fileName();
        String base = file == null ? "" : file.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)(\\.shp)?\\.[a-z0-9]+$", "").strip();
        base = base.isEmpty() ? "灾害范围 " + LocalDate.now() : base;
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    /** The file's column for {@code field}, else the parameter / field name. */
    private String column(AnjuField field) {
        String column = mapping.column(field);
        return column != null ? column : field.key();
    }

    private static String attribute(AnjuField field) {
        return switch (field) {
            case EVENT_TYPE -> "event_type";
            case EVENT_NAME -> "event_name";
            case STARTED_ON -> "started_on";
            case ENDED_ON -> "ended_on";
            case DESCRIPTION -> "description";
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static long rowNo(Map<String, Object> row) {
        return ((Number) row.get("row_no")).longValue();
    }
}
