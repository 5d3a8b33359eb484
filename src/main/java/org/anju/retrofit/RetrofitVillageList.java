package org.anju.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.export.Column;
import org.anju.export.ColumnType;
import org.anju.export.ExportRow;
import org.anju.export.TableSchema;
import org.locationtech.jts.geom.Point;

/**
 * The villages ranked for a seismic-retrofit pilot (抗震改造试点村排名): the ranking of
 * {@link RetrofitSummary#villages()} with the candidates, the share of the village's houses, the
 * density and the budget of the chosen subsidy preset, one row per village at a point inside its
 * boundary. Counts and money only: no personal data.
 */
final class RetrofitVillageList {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RetrofitVillageList() {
    }

    static TableSchema schema() {
        return new TableSchema("抗震改造试点村排名", List.of(
                new Column("rank", "排名", ColumnType.INTEGER),
                new Column("township", "乡镇", ColumnType.TEXT),
                new Column("village_code", "村代码", ColumnType.TEXT),
                new Column("village", "行政村", ColumnType.TEXT),
                new Column("candidates", "候选农房", ColumnType.INTEGER),
                new Column("houses", "农房总数", ColumnType.INTEGER),
                new Column("share_pct", "候选占比（%）", ColumnType.DECIMAL),
                new Column("density", "密度（户/平方公里）", ColumnType.DECIMAL),
                new Column("budget_wan", "补助估算（万元）", ColumnType.DECIMAL)), "village", "township");
    }

    static void write(RetrofitSummary summary, Map<String, Point> locations, Consumer<ExportRow> sink) {
        for (RetrofitSummary.ByArea village : summary.villages()) {
            sink.accept(ExportRow.of(locations.get(village.code()), village.rank(), village.parentName(),
                    village.code(), village.name(), village.candidates(), village.houses(),
                    BigDecimal.valueOf(village.share()).movePointRight(2).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(village.density()),
                    village.budgetYuan().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)));
        }
    }
}
