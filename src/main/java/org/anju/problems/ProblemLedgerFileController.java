package org.anju.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.export.DownloadLanguage;
import org.anju.security.Jurisdiction;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.ReadsQueryParameters;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The problem ledger as files: the 整改台账 download in the layout sent upward ({@link ProblemWorkbook})
 * and the import of an audit's finding list ({@link FindingListImport}).
 */
@RestController
@RequestMapping("/api/problems")
class ProblemLedgerFileController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final DataSize MAX_IMPORT = DataSize.ofMegabytes(10);

    private final ProblemLedger ledger;
    private final FindingListImport findings;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final EnumLabels labels;
    private final AuditLog audit;

    ProblemLedgerFileController(ProblemLedger ledger, FindingListImport findings, NamedParameterJdbcTemplate jdbc,
                                MessageSource messages, EnumLabels labels, AuditLog audit) {
        this.ledger = ledger;
        this.findings = findings;
        this.jdbc = jdbc;
        this.messages = messages;
        this.labels = labels;
        this.audit = audit;
    }

    /**
     * The 整改台账 as .xlsx: the list's filters (source, state, township, village, area, overdue, house, case),
     * every matching problem in area order; words in the page's language ({@code lang=zh-CN|en}).
     */
    @ReadsQueryParameters(from = ProblemQuery.class, names = DownloadLanguage.PARAMETER)
    @GetMapping("/ledger.xlsx")
    @Transactional(readOnly = true)
    void ledgerFile(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
        Locale locale = DownloadLanguage.apply(params.getFirst(DownloadLanguage.PARAMETER));
        ProblemQuery query = ProblemQuery.from(params, 1, Integer.MAX_VALUE, false).unpaged();
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = ProblemSql.where(query, today, sqlParams);
        long count = jdbc.queryForObject(ProblemSql.count(where), sqlParams, Long.class);
        String title = messages.getMessage("problems.ledger.title", new Object[] {areaName(query)}, locale).strip();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("problems.ledger.fileName", new Object[] {today.toString()}, locale),
                        StandardCharsets.UTF_8).build().toString());
        int rows;
        try (ProblemWorkbook workbook = new ProblemWorkbook(title, count, messages, labels, locale, today)) {
            jdbc.query(ProblemSql.ledger(where), sqlParams, workbook::add);
            workbook.write(response.getOutputStream());
            rows = workbook.rows();
        }
        String q = request.getQueryString();
        audit.access("EXPORT", request.getRequestURI() + (q == null ? "" : "?" + q), (long) rows, "format=xlsx");
    }

    /** The area named in the title: the one filtered on, else the account's jurisdiction, else none. */
    private String areaName(ProblemQuery query) {
        String code = query.areas().size() == 1 ? query.areas().get(0) : Jurisdiction.current().code().orElse(null);
        if (code == null) {
            List<String> counties = jdbc.queryForList("SELECT name FROM admin_area WHERE level = 'COUNTY' ORDER BY code "
                    + "FETCH FIRST 2 ROWS ONLY", Map.of(), String.class);
            return counties.size() == 1 ? counties.get(0) : "";
        }
        return jdbc.queryForList("SELECT name FROM admin_area WHERE code = :code", Map.of("code", code), String.class)
                .stream().findFirst().orElse("");
    }

    /**
     * Imports a finding list (multipart {@code file}, .xlsx; {@code area}, {@code source} for rows without
     * 问题来源, {@code reference}, {@code dry_run}): 200 with the report when registered (or, dry run, when it
     * would be), 422 listing every row error with nothing written, 400 when the file cannot be read at all.
     */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> importFindings(@RequestParam(required = false) MultipartFile file,
                                                       @RequestParam(required = false) String area,
                                                       @RequestParam(required = false) String source,
                                                       @RequestParam(required = false) String reference,
                                                       @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
                                                       HttpServletRequest request) throws IOException {
        if (!ProblemRoles.currentImports()) {
            throw new AccessDeniedException("finding lists are imported by the county");
        }
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.unprocessable(new FieldProblem("file", null, "casework.upload.empty"));
        }
        if (file.getSize() > MAX_IMPORT.toBytes()) {
            throw InvalidInputException.unprocessable(new FieldProblem("file", file.getSize(), "casework.upload.tooLarge",
                    MAX_IMPORT.toMegabytes()));
        }
        ProblemSource defaultSource = null;
        if (source != null && !source.isBlank()) {
            defaultSource = JsonFields.parseEnum(ProblemSource.class, source.strip());
            if (defaultSource == null) {
                throw InvalidInputException.unprocessable(new FieldProblem("source", source, "enum.unknown",
                        List.of(ProblemSource.values()).toString()));
            }
        }
        if (reference != null && reference.length() > 100) {
            throw InvalidInputException.unprocessable(new FieldProblem("reference", null, "field.tooLong", 100));
        }
        String fileName = org.anju.casework.UploadRules.displayName(file.getOriginalFilename(), "findings.xlsx");
        FindingListImport.Report report;
        try (InputStream in = file.getInputStream()) {
            report = findings.run(fileName, in, area, defaultSource, reference == null || reference.isBlank() ? null
                    : reference.strip(), dryRun, Actor.of(request, null));
        }
        HttpStatus status = report.errors().isEmpty() ? HttpStatus.OK
                : "file".equals(report.errors().get(0).column()) ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(render(report));
    }

    private static Map<String, Object> render(FindingListImport.Report report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", report.file());
        body.put("dry_run", report.dryRun());
        body.put("rows_read", report.rowsRead());
        body.put("inserted", report.inserted());
        body.put("written", report.written());
        body.put("ids", report.ids());
        body.put("error_count", report.errors().size());
        body.put("errors", report.errors().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", e.row());
            m.put("field", e.column());
            m.put("value", e.value());
            m.put("message", e.message());
            return m;
        }).toList());
        return body;
    }
}
