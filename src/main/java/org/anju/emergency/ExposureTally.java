package org.anju.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Adds up the per-village, per-severity rows of {@link AffectedSql#COUNTS} into totals, severity
 * classes, townships, and villages ranked for checking: most occupied C/D houses first, then most
 * vulnerable households, then most occupied houses, then code.
 */
final class ExposureTally implements RowCallbackHandler {

    private final Map<String, Exposure> villages = new LinkedHashMap<>();
    private final Map<String, String[]> villageNames = new HashMap<>();
    private final Map<String, Exposure> townships = new TreeMap<>();
    private final Map<String, String> townshipNames = new HashMap<>();
    private final Map<Integer, Exposure> bySeverity = new TreeMap<>(Comparator.reverseOrder());

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        Exposure e = Exposure.of(rs);
        String village = rs.getString("village_code");
        String township = rs.getString("township_code");
        villages.merge(village, e, Exposure::plus);
        villageNames.put(village, new String[] {rs.getString("village_name"), township, rs.getString("township_name")});
        if (township != null) {
            townships.merge(township, e, Exposure::plus);
            townshipNames.put(township, rs.getString("township_name"));
        }
        bySeverity.merge(rs.getInt("rank"), e, Exposure::plus);
    }

    Exposure totals() {
        return villages.values().stream().reduce(Exposure.NONE, Exposure::plus);
    }

    List<AffectedSummary.BySeverity> bySeverity(Map<Integer, String> names) {
        List<AffectedSummary.BySeverity> rows = new ArrayList<>();
        bySeverity.forEach((rank, e) -> rows.add(new AffectedSummary.BySeverity(rank, names.get(rank), e)));
        return rows;
    }

    List<AffectedSummary.ByArea> byTownship() {
        List<AffectedSummary.ByArea> rows = new ArrayList<>();
        townships.forEach((code, e) -> rows.add(new AffectedSummary.ByArea(0, code, townshipNames.get(code), null, null, e)));
        return rows;
    }

    List<AffectedSummary.ByArea> rankedVillages() {
        List<Map.Entry<String, Exposure>> ranked = new ArrayList<>(villages.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<String, Exposure> v) -> v.getValue().occupiedDangerous()).reversed()
                .thenComparing(v -> v.getValue().vulnerableHouseholds(), Comparator.reverseOrder())
                .thenComparing(v -> v.getValue().occupied(), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        List<AffectedSummary.ByArea> rows = new ArrayList<>();
        for (Map.Entry<String, Exposure> v : ranked) {
            String[] names = villageNames.get(v.getKey());
            rows.add(new AffectedSummary.ByArea(rows.size() + 1, v.getKey(), names[0], names[1], names[2], v.getValue()));
        }
        return rows;
    }
}
