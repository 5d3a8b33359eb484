package org.anju.casework.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.area.AdminCode;
import org.anju.casework.Programme;
import org.anju.household.TargetCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The monthly progress report forms of seed 002 (附件1 农村危房改造进度报表, 附件2 既有房屋抗震改造进度报表),
 * one row per township plus the county total, and the month's progress by township.
 *
 * <p>Our reading of the form (docs/CASEWORK.md): figures are for the year up to the month's end
 * ("统计时间截至统计月度月底"); column 1 the unit; 2–7 started households (开工 recorded) and 8–13 completed
 * households (竣工 recorded) by primary category in the de-duplication order; 14–19 (funds secured,
 * funds passed down to the county) are budget figures Anju does not keep — left empty for finance to
 * fill in; 20–22 funds paid by county finance (the recorded payments) by level, in the printed order
 * of each form; 23 total investment: the recorded cost of the completed cases. Money in 万元, 4 decimals.
 */
@Service
public class MonthlyReport {

    private static final BigDecimal WAN = new BigDecimal(10_000);

    private final NamedParameterJdbcTemplate jdbc;

    MonthlyReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the form: the unit and columns 2–23 (null where Anju keeps no figure). */
    public record Row(String unitCode, String unit, Object[] columns) {
    }

    /**
     * The form: its title, the county it is for, the programme (which of the two forms), the 23 column
     * headings and the rows (townships, then the county total).
     */
    public record Form(String title, String countyName, Programme programme, List<String> headings, List<Row> rows) {
    }

    /**
     * A heading of the printed header: over {@code columns} sub-columns (a group such as 开工户数 over the
     * six categories), or a column of its own spanning both header rows when {@code columns} is empty.
     *
     * @param unit 户 or 万元, printed after the heading; null for the unit column
     */
    public record HeaderGroup(String heading, String unit, List<String> columns) {

        /** How many numbered columns the heading covers. */
        public int width() {
            return columns.isEmpty() ? 1 : columns.size();
        }
    }

    /**
     * The printed two-row header of the programme's form (seed 002, 附件1/附件2), left to right: column 1
     * 填报单位; 2–7 开工户数 and 8–13 竣工户数 by the six categories in the de-duplication order; 14–16
     * 已落实的地方各级补助资金数额, 17–19 已下达到县的各级补助资金数额, 20–22 县级财政已支付各级补助资金数额, each
     * by level in the order printed in that form (附件1 17–19: 中央, 省级, 省级以下; otherwise 省级, 中央, 省级以下);
     * 23 完成投资总额. The groups cover exactly 23 columns.
     */
    public static List<HeaderGroup> header(Programme programme) {
        List<String> categories = java.util.Arrays.stream(TargetCategory.values()).map(TargetCategory::label).toList();
        List<String> printed = List.of("省级补助资金", "中央补助资金", "省级以下补助资金");
        List<String> downToCounty = programme == Programme.DANGEROUS_HOUSE
                ? List.of("中央补助资金", "省级补助资金", "省级以下补助资金") : printed;
        return List.of(
                new HeaderGroup("填报单位", null, List.of()),
                new HeaderGroup("开工户数", "户", categories),
                new HeaderGroup("竣工户数", "户", categories),
                new HeaderGroup("已落实的地方各级补助资金数额", "万元", printed),
                new HeaderGroup("已下达到县的各级补助资金数额", "万元", downToCounty),
                new HeaderGroup("县级财政已支付各级补助资金数额", "万元", printed),
                new HeaderGroup("完成投资总额", "万元", List.of()));
    }

    /**
     * Column headings 1–23 in the printed order of the programme's form, flattened to one row for CSV and
     * JSON: "2 开工户数·脱贫享受政策户", "14 已落实的地方各级补助资金数额·省级补助资金（万元）", "23 完成投资总额（万元）".
     */
    public static List<String> headings(Programme programme) {
        List<String> h = new ArrayList<>();
        int n = 1;
        for (HeaderGroup group : header(programme)) {
            String unit = "万元".equals(group.unit()) ? "（万元）" : "";
            if (group.columns().isEmpty()) {
                h.add(n++ + " " + group.heading() + unit);
            }
            for (String column : group.columns()) {
                h.add(n++ + " " + group.heading() + "·" + column + unit);
            }
        }
        return h;
    }

    public Form form(String countyCode, YearMonth month, Programme programme) {
        Map<String, Object[]> byTownship = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        MapSqlParameterSource params = params(countyCode, month, programme);
        jdbc.query(MonthlyReportSql.NODES, params, rs -> {
            String township = rs.getString("township_code");
            names.put(township, rs.getString("township_name"));
            Object[] columns = byTownship.computeIfAbsent(township, k -> emptyColumns());
            String category = rs.getString("category");
            int categoryIndex = category == null ? -1 : TargetCategory.valueOf(category).ordinal();
            switch (rs.getString("action")) {
                case "START" -> add(columns, categoryIndex, rs.getLong("households"));
                case "COMPLETE" -> add(columns, categoryIndex < 0 ? -1 : 6 + categoryIndex, rs.getLong("households"));
                case "PAY_ADVANCE", "PAY_BALANCE" -> {
                    // columns 20, 21, 22 are indices 18, 19, 20: 省级, 中央, 省级以下 in both forms
                    addMoney(columns, 18, rs.getBigDecimal("provincial_yuan"));
                    addMoney(columns, 19, rs.getBigDecimal("central_yuan"));
                    addMoney(columns, 20, rs.getBigDecimal("local_yuan"));
                }
                default -> {
                }
            }
        });
        jdbc.query(MonthlyReportSql.INVESTMENT, params, rs -> {
            Object[] columns = byTownship.computeIfAbsent(rs.getString("township_code"), k -> emptyColumns());
            addMoney(columns, 21, rs.getBigDecimal("cost_yuan"));
        });
        List<Row> rows = new ArrayList<>();
        Object[] total = emptyColumns();
        byTownship.forEach((code, columns) -> {
            rows.add(new Row(code, names.getOrDefault(code, code), toWan(columns)));
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] instanceof Long l) {
                    total[i] = (Long) total[i] + l;
                } else if (columns[i] instanceof BigDecimal d) {
                    addMoney(total, i, d);
                }
            }
        });
        String countyName = jdbc.queryForList("SELECT name FROM admin_area WHERE code = :code",
                Map.of("code", countyCode), String.class).stream().findFirst().orElse(countyCode);
        rows.add(new Row(countyCode, countyName + "合计", toWan(total)));
        String title = countyName + month.getYear() + "年" + month.getMonthValue() + "月"
                + (programme == Programme.DANGEROUS_HOUSE ? "农村危房改造进度报表" : "既有房屋抗震改造进度报表");
        return new Form(title, countyName, programme, headings(programme), rows);
    }

    /** This month's progress by township: open cases by state, overdue, nodes of the month. */
    public List<Map<String, Object>> progress(String countyCode, YearMonth month, Programme programme, LocalDate today) {
        Map<String, Map<String, Object>> townships = new TreeMap<>();
        MapSqlParameterSource params = params(countyCode, month, programme).addValue("today", today);
        jdbc.query(MonthlyReportSql.STATES, params, rs -> {
            Map<String, Object> t = township(townships, rs.getString("township_code"), rs.getString("township_name"));
            @SuppressWarnings("unchecked")
            Map<String, Object> states = (Map<String, Object>) t.get("cases_by_state");
            states.put(rs.getString("state"), rs.getLong("cases"));
            t.put("overdue", (Long) t.get("overdue") + rs.getLong("overdue"));
        });
        jdbc.query(MonthlyReportSql.NODES, params, rs -> {
            Map<String, Object> t = township(townships, rs.getString("township_code"), rs.getString("township_name"));
            String key = switch (rs.getString("action")) {
                case "START" -> "started_this_month";
                case "COMPLETE" -> "completed_this_month";
                case "ACCEPT" -> "accepted_this_month";
                default -> "payments_this_month";
            };
            t.put(key, (Long) t.get(key) + rs.getLong("this_month"));
        });
        return new ArrayList<>(townships.values());
    }

    private static Map<String, Object> township(Map<String, Map<String, Object>> all, String code, String name) {
        return all.computeIfAbsent(String.valueOf(code), k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("township_code", code);
            m.put("township_name", name);
            m.put("cases_by_state", new TreeMap<String, Object>());
            m.put("overdue", 0L);
            for (String key : List.of("started_this_month", "completed_this_month", "accepted_this_month",
                    "payments_this_month")) {
                m.put(key, 0L);
            }
            return m;
        });
    }

    private static MapSqlParameterSource params(String countyCode, YearMonth month, Programme programme) {
        AdminCode county = new AdminCode(countyCode);
        return new MapSqlParameterSource().addValue("programme", programme.name())
                .addValue("firstVillage", county.firstVillage()).addValue("lastVillage", county.lastVillage())
                .addValue("yearStart", month.atDay(1).withDayOfYear(1)).addValue("monthStart", month.atDay(1))
                .addValue("monthEnd", month.atEndOfMonth());
    }

    /** Columns 2–23 as indices 0–21: counts are 0, funds 14–19 unknown (null), money 20–23 zero. */
    private static Object[] emptyColumns() {
        Object[] columns = new Object[22];
        for (int i = 0; i < 12; i++) {
            columns[i] = 0L;
        }
        for (int i = 18; i < 22; i++) {
            columns[i] = BigDecimal.ZERO;
        }
        return columns;
    }

    private static void add(Object[] columns, int index, long value) {
        if (index >= 0) {
            columns[index] = (Long) columns[index] + value;
        }
    }

    private static void addMoney(Object[] columns, int index, BigDecimal value) {
        if (value != null) {
            columns[index] = ((BigDecimal) columns[index]).add(value);
        }
    }

    private static Object[] toWan(Object[] columns) {
        Object[] out = columns.clone();
        for (int i = 18; i < 22; i++) {
            out[i] = ((BigDecimal) columns[i]).divide(WAN, 4, RoundingMode.HALF_UP);
        }
        return out;
    }
}
