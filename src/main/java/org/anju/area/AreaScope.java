package org.anju.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * SQL condition "the village code lies in one of these areas", as code ranges (see
 * {@link AdminCode}): index range scans, no join to the area table.
 */
public final class AreaScope {

    private AreaScope() {
    }

    /**
     * @param villageColumn column holding a 12-digit village code, e.g. {@code h.village_code}
     * @param areaCodes     valid 12-digit codes of townships, counties, …; not empty
     * @param prefix        parameter-name prefix, unique within the statement
     * @return a parenthesised OR of BETWEEN ranges, with its values bound in {@code params}
     */
    public static String villageIn(String villageColumn, Collection<String> areaCodes, String prefix,
                                   MapSqlParameterSource params) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        for (String area : areaCodes) {
            AdminCode code = new AdminCode(area);
            params.addValue(prefix + "From" + i, code.firstVillage()).addValue(prefix + "To" + i, code.lastVillage());
            ranges.add(villageColumn + " BETWEEN :" + prefix + "From" + i + " AND :" + prefix + "To" + i);
            i++;
        }
        return "(" + String.join(" OR ", ranges) + ")";
    }
}
