package org.anju.problems;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.area.AdminCode;
import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an audit's (or an assessment's, an inspection's) list of findings from the first sheet of an
 * .xlsx file, all or nothing: every row is checked first — each error names the row as Excel shows it and
 * the column as headed in the file — and only a file without any error is written, in one transaction.
 *
 * <p>Columns, found by their heading in Chinese or English anywhere in the first 10 rows (the title rows
 * above are skipped): 问题描述 (required), 问题来源 (审计, 第三方评估, 督查检查, 信访/12345, 自查, 巡查 — or the
 * request's {@code source} for a sheet without it), 序号, 整改措施, 责任单位, 责任人, 整改时限, 整改进展 as in the
 * exported 整改台账, and where the problem is: 乡镇, 村 (names or codes within the import's area), 房屋编码 (one or
 * several), 发现日期. 销号情况 is not read: an imported problem starts as 登记. Without 乡镇, 村 or 房屋编码 a problem
 * concerns the import's area ({@code area}, default the account's jurisdiction).
 */
@Service
class FindingListImport {

    static final int MAX_ROWS = 5000;
    static final int HEADER_SEARCH_ROWS = 10;

    /** Column → its headings (compared without spaces, case-insensitive). */
    static final Map<String, List<String>> HEADINGS = headings(
            "number", "序号|编号|no.|no|number",
            "source", "问题来源|来源|source",
            "description", "问题描述|存在问题|问题|problem|description",
            "measures", "整改措施|measures",
            "unit", "责任单位|responsibleunit",
            "person", "责任人|responsibleperson",
            "deadline", "整改时限|整改期限|deadline",
            "progress", "整改进展|progress",
            "township", "乡镇|乡（镇）|乡(镇)|township",
            "village", "村|行政村|村（社区）|village",
            "house", "房屋编码|农房编码|house|housecode",
            "found", "发现日期|发现时间|foundon");

    /** The import's answer: rows read, problems registered (or that would be), and every row error. */
    record Report(String file, boolean dryRun, long rowsRead, long inserted, boolean written, List<Long> ids,
                  List<RowError> errors) {
    }

    /** What is wrong with one row: Excel's row number (0: the file as a whole), the column as headed, the value. */
    record RowError(long row, String column, String value, String message) {
    }

    private final ProblemLedger ledger;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final AuditLog audit;

    FindingListImport(ProblemLedger ledger, NamedParameterJdbcTemplate jdbc, MessageSource messages, AuditLog audit) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Reads, checks and (unless {@code dryRun} or any row is wrong) registers the findings.
     *
     * @param area          the area the findings concern (null: the account's jurisdiction)
     * @param defaultSource the source of rows without 问题来源 (null: the column is required)
     * @param reference     the list's reference (e.g. the audit report's number), kept with each problem
     */
    @Transactional
    Report run(String fileName, InputStream xlsx, String area, ProblemSource defaultSource, String reference,
               boolean dryRun, Actor actor) throws IOException {
        List<RowError> errors = new ArrayList<>();
        String importArea = importArea(area, errors);
        List<FindingSheet.SheetRow> rows;
        try {
            rows = FindingSheet.read(xlsx, MAX_ROWS + HEADER_SEARCH_ROWS);
        } catch (FindingSheet.Unreadable e) {
            return failed(fileName, dryRun, 0, "file", fileName, "problems.import.unreadable", e.getMessage());
        } catch (FindingSheet.TooManyRows e) {
            return failed(fileName, dryRun, 0, "file", fileName, "problems.import.tooManyRows", MAX_ROWS);
        }
        int headerIndex = -1;
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> headed = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()) && headerIndex < 0; i++) {
            Map<String, Integer> found = match(rows.get(i), headed);
            if (found.containsKey("description")) {
                headerIndex = i;
                columns = found;
            } else {
                headed.clear();
            }
        }
        if (headerIndex < 0) {
            return failed(fileName, dryRun, 0, "file", fileName, "problems.import.noHeader");
        }
        if (!columns.containsKey("source") && defaultSource == null) {
            return failed(fileName, dryRun, rows.get(headerIndex).number(), "问题来源", null, "problems.import.noSourceColumn");
        }
        if (importArea == null) {
            return new Report(fileName, dryRun, 0, 0, false, List.of(), errors);
        }
        List<ProblemLedger.Checked> checked = new ArrayList<>();
        long rowsRead = 0;
        for (FindingSheet.SheetRow row : rows.subList(headerIndex + 1, rows.size())) {
            rowsRead++;
            readRow(row, columns, headed, importArea, defaultSource, reference, checked, errors);
        }
        if (rowsRead == 0) {
            return failed(fileName, dryRun, 0, "file", fileName, "problems.import.empty");
        }
        if (!errors.isEmpty() || dryRun) {
            return new Report(fileName, dryRun, rowsRead, errors.isEmpty() ? checked.size() : 0, false, List.of(), errors);
        }
        List<Long> ids = new ArrayList<>();
        for (ProblemLedger.Checked c : checked) {
            ids.add(ledger.insert(c, actor, "PROBLEM_REGISTER"));
        }
        audit.event("PROBLEM_IMPORT", "area " + importArea, (long) ids.size(), ProblemLedger.details("file", fileName,
                "area", importArea, "reference", reference, "rows", rowsRead, "registered", ids.size(),
                "first_id", ids.get(0), "last_id", ids.get(ids.size() - 1)));
        return new Report(fileName, false, rowsRead, ids.size(), true, ids, errors);
    }

    private void readRow(FindingSheet.SheetRow row, Map<String, Integer> columns, Map<String, String> headed,
                         String importArea, ProblemSource defaultSource, String reference,
                         List<ProblemLedger.Checked> checked, List<RowError> errors) {
        int before = errors.size();
        String description = text(row, columns, headed, "description", 2000, true, errors);
        ProblemSource source = defaultSource;
        String sourceText = value(row, columns, "source");
        if (sourceText != null) {
            source = source(sourceText);
            if (source == null) {
                errors.add(error(row, headed.get("source"), sourceText, "problems.import.source",
                        String.join("、", Arrays.stream(ProblemSource.values()).map(ProblemSource::label).toList())));
            }
        } else if (source == null) {
            errors.add(error(row, headed.get("source"), null, "field.required"));
        }
        String number = text(row, columns, headed, "number", 20, false, errors);
        String measures = text(row, columns, headed, "measures", 2000, false, errors);
        String unit = text(row, columns, headed, "unit", 100, false, errors);
        String person = text(row, columns, headed, "person", 50, false, errors);
        String progress = text(row, columns, headed, "progress", 2000, false, errors);
        LocalDate deadline = date(row, columns, headed, "deadline", errors);
        LocalDate found = date(row, columns, headed, "found", errors);
        String area = rowArea(row, columns, headed, importArea, errors);
        List<String> houses = new ArrayList<>();
        String houseText = value(row, columns, "house");
        if (houseText != null) {
            for (String code : houseText.split("[,，、;；\\s]+")) {
                if (!code.isBlank() && !houses.contains(code.strip())) {
                    houses.add(code.strip());
                }
            }
        }
        if (errors.size() > before) {
            return;
        }
        if (area == null && houses.isEmpty()) {
            area = importArea;
        }
        String ref = reference == null ? (number == null ? null : "#" + number)
                : number == null ? reference : cut(reference + " #" + number, 100);
        NewProblem p = new NewProblem(source, ref, description, area, houses, List.of(), List.of(), List.of(), null, null,
                unit, person, deadline, measures, progress, found, null, null);
        List<ProblemLedger.Checked> one = new ArrayList<>();
        for (FieldProblem problem : ledger.check(p, one)) {
            String column = switch (problem.field()) {
                case "houses" -> headed.get("house");
                case "deadline_on" -> headed.get("deadline");
                case "found_on" -> headed.get("found");
                case "area" -> headed.getOrDefault("village", headed.getOrDefault("township", headed.get("house")));
                default -> problem.field();
            };
            errors.add(new RowError(row.number(), column == null ? problem.field() : column,
                    problem.value() == null ? null : String.valueOf(problem.value()),
                    text(problem.messageKey(), problem.args())));
        }
        if (one.isEmpty()) {
            return;
        }
        AdminCode within = new AdminCode(importArea);
        String derived = one.get(0).areaCode();
        if (derived.compareTo(within.firstVillage()) < 0 || derived.compareTo(within.lastVillage()) > 0) {
            errors.add(error(row, headed.get("house"), houseText, "problems.import.outsideArea", importArea));
            return;
        }
        checked.add(one.get(0));
    }

    /** The row's village (村) or township (乡镇) by name or code within the import's area; null when neither is given. */
    private String rowArea(FindingSheet.SheetRow row, Map<String, Integer> columns, Map<String, String> headed,
                           String importArea, List<RowError> errors) {
        String townshipText = value(row, columns, "township");
        String villageText = value(row, columns, "village");
        String township = null;
        if (townshipText != null) {
            township = areaCalled("TOWNSHIP", townshipText, importArea);
            if (township == null) {
                errors.add(error(row, headed.get("township"), townshipText, "problems.import.township"));
                return null;
            }
        }
        if (villageText != null) {
            String village = areaCalled("VILLAGE", villageText, township != null ? township : importArea);
            if (village == null) {
                errors.add(error(row, headed.get("village"), villageText, township != null
                        ? "problems.import.villageNotInTownship" : "problems.import.village", townshipText));
            }
            return village;
        }
        return township;
    }

    private String areaCalled(String level, String text, String within) {
        MapSqlParameterSource params = new MapSqlParameterSource("text", text);
        List<String> codes = jdbc.queryForList(ProblemSql.areaByNameOrCode(level, within, params), params, String.class);
        return codes.size() == 1 ? codes.get(0) : null;   // two villages of one name in the area: give the code
    }

    /** The area of the import: the one asked for (within the jurisdiction), else the jurisdiction, else the only county. */
    private String importArea(String asked, List<RowError> errors) {
        String area = asked != null && !asked.isBlank() ? asked.strip() : Jurisdiction.current().code().orElse(null);
        if (area == null) {
            List<String> counties = jdbc.queryForList("SELECT code FROM admin_area WHERE level = 'COUNTY' ORDER BY code "
                    + "FETCH FIRST 2 ROWS ONLY", Map.of(), String.class);
            area = counties.size() == 1 ? counties.get(0) : null;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("code", area);
        if (area == null || !AdminCode.isValid(area)
                || jdbc.queryForList(ProblemSql.area(params), params).isEmpty()) {
            errors.add(new RowError(0, "area", asked, text(area == null ? "problems.area.required" : "problems.area.unknown")));
            return null;
        }
        return area;
    }

    private static ProblemSource source(String text) {
        String t = squeeze(text);
        for (ProblemSource s : ProblemSource.values()) {
            if (t.equals(squeeze(s.label())) || t.equalsIgnoreCase(s.name())) {
                return s;
            }
        }
        return switch (t) {
            case "信访", "12345", "12345热线", "信访举报", "petition", "complaint", "hotline", "petition/12345" ->
                    ProblemSource.PETITION;
            case "第三方", "third-party", "third-partyassessment", "thirdparty" -> ProblemSource.THIRD_PARTY;
            case "督查", "检查", "督导", "inspection", "supervision" -> ProblemSource.SUPERVISION;
            case "audit" -> ProblemSource.AUDIT;
            case "self-check", "selfcheck" -> ProblemSource.SELF_CHECK;
            case "patrol" -> ProblemSource.PATROL;
            default -> null;
        };
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.ofPattern("uuuuMMdd"));

    private LocalDate date(FindingSheet.SheetRow row, Map<String, Integer> columns, Map<String, String> headed,
                           String column, List<RowError> errors) {
        String text = value(row, columns, column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.replace(" ", ""), format);
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        errors.add(error(row, headed.get(column), text, "problems.import.date"));
        return null;
    }

    private String text(FindingSheet.SheetRow row, Map<String, Integer> columns, Map<String, String> headed,
                        String column, int max, boolean required, List<RowError> errors) {
        String text = value(row, columns, column);
        if (text == null) {
            if (required) {
                errors.add(error(row, headed.getOrDefault(column, column), null, "field.required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(error(row, headed.get(column), cut(text, 40), "field.tooLong", max));
            return null;
        }
        int control = org.anju.system.JsonFields.controlCharacter(text);
        if (control >= 0) {
            errors.add(error(row, headed.get(column), cut(text, 40), "field.controlCharacter",
                    "U+%04X".formatted(control)));
            return null;
        }
        return text;
    }

    private static String value(FindingSheet.SheetRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        String text = index == null ? null : row.cell(index);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The columns a row heads (column → index), with their headings as written into {@code headed}. */
    private static Map<String, Integer> match(FindingSheet.SheetRow row, Map<String, String> headed) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell == null) {
                continue;
            }
            String heading = squeeze(cell);
            for (Map.Entry<String, List<String>> column : HEADINGS.entrySet()) {
                if (!found.containsKey(column.getKey()) && column.getValue().contains(heading)) {
                    found.put(column.getKey(), i);
                    headed.put(column.getKey(), cell.strip());
                }
            }
        }
        return found;
    }

    private Report failed(String fileName, boolean dryRun, long row, String column, Object value, String key,
                          Object... args) {
        return new Report(fileName, dryRun, 0, 0, false, List.of(), List.of(new RowError(row, column,
                value == null ? null : String.valueOf(value), text(key, args))));
    }

    private RowError error(FindingSheet.SheetRow row, String column, String value, String key, Object... args) {
        return new RowError(row.number(), column, value, text(key, args));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Map<String, List<String>> headings(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        }
        return m;
    }
}
