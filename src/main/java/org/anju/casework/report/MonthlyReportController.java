package org.anju.casework.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.casework.Programme;
import org.anju.export.Column;
import org.anju.security.Jurisdiction;
import org.anju.export.ColumnType;
import org.anju.export.ExportFormat;
import org.anju.export.ExportOptions;
import org.anju.export.ExportRow;
import org.anju.export.ExportWriters;
import org.anju.export.TableSchema;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly progress report (seed 002's two forms) as JSON, CSV and XLSX. */
@RestController
@RequestMapping("/api/reports")
class MonthlyReportController {

    private final MonthlyReport reports;

    MonthlyReportController(MonthlyReport reports) {
        this.reports = reports;
    }

    /** {@code county} (12 digits), {@code month} (YYYY-MM), {@code programme} (default DANGEROUS_HOUSE). */
    @GetMapping("/monthly")
    @Transactional(readOnly = true)
    Map<String, Object> monthly(@RequestParam(required = false) String county, @RequestParam(required = false) String month,
                                @RequestParam(required = false) String programme) {
        Request r = Request.of(county, month, programme);
        MonthlyReport.Form form = reports.form(r.county(), r.month(), r.programme());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.title());
        body.put("county", r.county());
        body.put("month", r.month().toString());
        body.put("programme", r.programme().name());
        body.put("headings", form.headings());
        body.put("rows", form.rows().stream().map(row -> Map.of("unit_code", row.unitCode(), "unit", row.unit(),
                "columns", java.util.Arrays.asList(row.columns()))).toList());
        body.put("progress", reports.progress(r.county(), r.month(), r.programme(), LocalDate.now()));
        return body;
    }

    /**
     * The form as {@code xlsx} — laid out like the printed form ({@link MonthlyReportWorkbook}), with
     * {@code unit} (填报单位, default the county's name), {@code reporter} (填报人) and {@code phone} (联系电话)
     * in its header, blank to fill in by hand when not given — or as {@code csv}: one header row of the
     * numbered columns 1–23, the same figures.
     */
    @GetMapping("/monthly.{format}")
    @Transactional(readOnly = true)
    void download(@PathVariable String format, @RequestParam(required = false) String county,
                  @RequestParam(required = false) String month, @RequestParam(required = false) String programme,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) String reporter,
                  @RequestParam(required = false) String phone, HttpServletResponse response) throws IOException {
        ExportFormat type = ExportFormat.fromSuffix(format).filter(f -> f == ExportFormat.CSV || f == ExportFormat.XLSX)
                .orElseThrow(() -> InvalidInputException.badRequest(new FieldProblem("format", format, "report.format")));
        Request r = Request.of(county, month, programme);
        MonthlyReportWorkbook.Signature signature = signature(unit, reporter, phone);
        MonthlyReport.Form form = reports.form(r.county(), r.month(), r.programme());
        if (type == ExportFormat.XLSX) {
            response.setContentType(type.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(type.fileName(form.title()), StandardCharsets.UTF_8).build().toString());
            MonthlyReportWorkbook.write(form, new MonthlyReportWorkbook.Signature(
                    signature.unit() == null ? form.countyName() : signature.unit(), signature.reporter(),
                    signature.phone()), response.getOutputStream());
            return;
        }
        List<Column> columns = new ArrayList<>();
        List<String> headings = form.headings();
        for (int i = 0; i < headings.size(); i++) {
            ColumnType columnType = i == 0 ? ColumnType.TEXT : i <= 12 ? ColumnType.INTEGER : ColumnType.DECIMAL;
            columns.add(new Column("c" + (i + 1), headings.get(i), columnType));
        }
        TableSchema schema = new TableSchema(form.title(), columns, "c1", null);
        List<ExportRow> rows = form.rows().stream().map(row -> {
            Object[] values = new Object[23];
            values[0] = row.unit();
            System.arraycopy(row.columns(), 0, values, 1, 22);
            return ExportRow.withoutLocation(values);
        }).toList();
        response.setContentType(type.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(type.fileName(form.title()), StandardCharsets.UTF_8).build().toString());
        ExportWriters.writeAll(type, schema, rows.iterator(), response.getOutputStream(),
                ExportOptions.DEFAULTS.withLayerName("monthly_report"));
    }

    private static final int MAX_SIGNATURE = 60;

    /** 填报单位, 填报人, 联系电话: at most {@value #MAX_SIGNATURE} characters each, no control characters. */
    private static MonthlyReportWorkbook.Signature signature(String unit, String reporter, String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unit", unit);
        fields.put("reporter", reporter);
        fields.put("phone", phone);
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value != null && (value.length() > MAX_SIGNATURE || value.chars().anyMatch(Character::isISOControl))) {
                problems.add(new FieldProblem(name, value, "report.signature", MAX_SIGNATURE));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new MonthlyReportWorkbook.Signature(blankToNull(unit), blankToNull(reporter), blankToNull(phone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Request(String county, YearMonth month, Programme programme) {

        static Request of(String county, String month, String programme) {
            List<FieldProblem> problems = new ArrayList<>();
            if (county == null || !AdminCode.isValid(county) || new AdminCode(county).level() != AreaLevel.COUNTY) {
                problems.add(new FieldProblem("county", county, "report.county"));
            }
            YearMonth ym = null;
            try {
                ym = month == null ? null : YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (ym == null) {
                problems.add(new FieldProblem("month", month, "report.month"));
            }
            Programme p = programme == null ? Programme.DANGEROUS_HOUSE : JsonFields.parseEnum(Programme.class, programme);
            if (p == null) {
                problems.add(new FieldProblem("programme", programme, "enum.unknown", List.of(Programme.values()).toString()));
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.badRequest(problems);
            }
            // the form is the county's: only an account whose jurisdiction covers the whole county fills it in
            AdminCode area = new AdminCode(county);
            Jurisdiction jurisdiction = Jurisdiction.current();
            if (!jurisdiction.covers(area.firstVillage()) || !jurisdiction.covers(area.lastVillage())) {
                throw new AccessDeniedException("county " + county + " is outside the jurisdiction");
            }
            return new Request(county, ym, p);
        }
    }
}
