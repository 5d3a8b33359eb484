package org.anju.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/imports}: a county file in, a report out. 200 when rows were written (or a dry
 * run found nothing wrong), 422 when rows were rejected and nothing was written, 400 when the file
 * as a whole cannot be imported (413 when too large) — always with the same report, as
 * problem+json when it is an error. With {@code async=true}: 202 and a job ({@link ImportJobs}).
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Importer importer;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final MessageSource messages;
    private final ImportWorkspaces workspaces;

    ImportController(Importer importer, ImportJobs jobs, ImportProperties properties, MessageSource messages,
                     ImportWorkspaces workspaces) {
        this.workspaces = workspaces;
        this.importer = importer;
        this.jobs = jobs;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * Imports the file and answers with the report; with {@code async=true} answers at once (202)
     * with a job to poll ({@code /api/imports/jobs/{id}}), which holds the same report at the end.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file, HttpServletRequest http) {
        ImportRequest request = request(http);
        boolean async = async(http);
        ImportReport report = importer.newReport(request);
        if (file.getSize() > properties.maxUploadBytes()) {
            report.source(file.getOriginalFilename(), null);
            report.fail(new RowError(0, "file", file.getSize(), "import.file.tooLarge", properties.maxUploadBytes()));
            return respond(report, HttpStatus.CONTENT_TOO_LARGE);
        }
        ImportWorkspace workspace = workspaces.create();
        Path upload = workspace.directory().resolve("upload");
        try {
            file.transferTo(upload);
            if (async) {
                ImportJob job = jobs.submit(Jurisdiction.current().user().orElse(null), request, upload,
                        file.getOriginalFilename(), file.getSize(), workspace, report);
                workspace = null; // the job deletes it
                return ResponseEntity.accepted().location(URI.create(job.href()))
                        .body(job.render(messages, LocaleContextHolder.getLocale(), false));
            }
            importer.run(request, upload, file.getOriginalFilename(), workspace, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workspace != null) {
                workspace.close();
            }
        }
        return respond(report, statusOf(report));
    }

    /** Too many asynchronous imports wait: 503, try later. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ImportJobs.Busy e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("import.job.busy", null, locale));
        problem.setTitle(messages.getMessage("import.job.busyTitle", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The answer to an import: 400 when the file as a whole failed, 422 when rows were rejected and nothing written, else 200. */
    static HttpStatus statusOf(ImportReport report) {
        return report.failure() != null ? HttpStatus.BAD_REQUEST
                : report.rejected() > 0 && !report.isWritten() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
    }

    private static boolean async(HttpServletRequest http) {
        String text = http.getParameter("async");
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidInputException.badRequest(List.of(new FieldProblem("async", text, "field.notBoolean")));
    }

    ResponseEntity<Map<String, Object>> respond(ImportReport report, HttpStatus status) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        if (status.isError()) {
            body.put("type", "about:blank");
            body.put("title", messages.getMessage(status == HttpStatus.UNPROCESSABLE_CONTENT ? "import.problem.rejected"
                    : "import.problem.file", null, locale));
            body.put("status", status.value());
            body.put("detail", messages.getMessage(status == HttpStatus.UNPROCESSABLE_CONTENT ? "import.problem.rejectedDetail"
                    : "import.problem.fileDetail", new Object[] {report.rejected(), report.rowsRead()}, locale));
        }
        body.putAll(report.render(messages, locale));
        return ResponseEntity.status(status)
                .contentType(status.isError() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** The parameters as one typed request; malformed ones are a 400 listing each. */
    static ImportRequest request(HttpServletRequest http) {
        List<FieldProblem> problems = new ArrayList<>();
        String layerText = http.getParameter("layer");
        ImportLayer layer = null;
        if (layerText == null || layerText.isBlank()) {
            problems.add(new FieldProblem("layer", null, "field.required"));
        } else {
            layer = ImportLayer.fromParameter(layerText).orElse(null);
            if (layer == null) {
                problems.add(new FieldProblem("layer", layerText, "import.layer.unknown", ImportLayer.parameters()));
            }
        }
        Jurisdiction jurisdiction = Jurisdiction.current();
        ImportLayer asked = layer;
        if (asked != null && !jurisdiction.user().map(u -> asked.allows(u.role())).orElse(true)) {
            throw new AccessDeniedException("role may not import " + asked.parameter());
        }
        Map<String, String> fileValues = fileValues(http, layer, problems);
        Integer srid = null;
        String sridText = http.getParameter("srid");
        if (sridText != null && !sridText.isBlank()) {
            try {
                srid = Integer.valueOf(sridText.strip().replaceFirst("(?i)^EPSG:", ""));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("srid", sridText, "field.notInteger"));
            }
        }
        String encoding = http.getParameter("encoding");
        if (encoding != null && encoding.isBlank()) {
            encoding = null;
        }
        if (encoding != null) {
            try {
                ShapefileSource.charset(encoding);
            } catch (ImportFailure e) {
                problems.add(new FieldProblem("encoding", encoding, "import.encoding.unknown"));
            }
        }
        ImportMode mode = ImportMode.ALL_OR_NOTHING;
        String modeText = http.getParameter("mode");
        if (modeText != null && !modeText.isBlank()) {
            mode = ImportMode.fromParameter(modeText).orElse(null);
            if (mode == null) {
                problems.add(new FieldProblem("mode", modeText, "import.mode.unknown"));
            }
        }
        boolean dryRun = false;
        String dryRunText = http.getParameter("dryRun") != null ? http.getParameter("dryRun") : http.getParameter("dry_run");
        if (dryRunText != null && !dryRunText.isBlank()) {
            if (!dryRunText.equalsIgnoreCase("true") && !dryRunText.equalsIgnoreCase("false")) {
                problems.add(new FieldProblem("dryRun", dryRunText, "field.notBoolean"));
            }
            dryRun = dryRunText.equalsIgnoreCase("true");
        }
        Map<String, String> mapping = mapping(http.getParameter("mapping"), problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new ImportRequest(layer, srid, encoding, mapping, mode, dryRun, fileValues,
                jurisdiction.code().orElse(null));
    }

    /**
     * The parameters that give a value for every row of {@code layer}'s file (a disaster event's
     * {@code name}, …); such a parameter sent with another layer is refused rather than ignored.
     */
    private static Map<String, String> fileValues(HttpServletRequest http, ImportLayer layer, List<FieldProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (ImportLayer any : ImportLayer.values()) {
            names.addAll(any.fileParameters());
        }
        for (String name : names) {
            String value = http.getParameter(name);
            if (value == null || value.isBlank() || layer == null) {
                continue;
            }
            if (layer.fileParameters().contains(name)) {
                values.put(name, value.strip());
            } else {
                problems.add(new FieldProblem(name, value, "import.parameter.notForLayer", layer.parameter()));
            }
        }
        return values;
    }

    private static Map<String, String> mapping(String text, List<FieldProblem> problems) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return mapping;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                problems.add(new FieldProblem("mapping", text, "import.mapping.notObject"));
                return mapping;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull() && !e.getValue().isString()) {
                    problems.add(new FieldProblem("mapping", e.getKey(), "import.mapping.notObject"));
                } else {
                    mapping.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().stringValue());
                }
            }
        } catch (JacksonException e) {
            problems.add(new FieldProblem("mapping", text, "import.mapping.notObject"));
        }
        return mapping;
    }
}
