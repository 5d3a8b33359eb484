package org.anju.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.export.Column;
import org.anju.export.ColumnType;
import org.anju.export.ExportRow;
import org.anju.export.PlacemarkName;
import org.anju.export.TableSchema;
import org.locationtech.jts.geom.Point;
import org.springframework.context.MessageSource;

/**
 * The villages ranked for a seismic-retrofit pilot (抗震改造试点村排名): the ranking of
 * {@link RetrofitSummary#villages()} with the candidates, the share of the village's houses, the
 * density, the budget of the chosen subsidy preset, the running total (累计补助, see
 * {@link RetrofitSummary.ByArea#cumulativeWan()}) and whether the budget asked for pays for the
 * village (是/否, empty without a budget), one row per village at a point inside its boundary. Counts
 * and money only: no personal data. Headers and words in the caller's language (messages
 * {@code retrofit.ranking.*}).
 */
final class RetrofitVillageList {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final List<Column> COLUMNS = List.of(
            new Column("rank", "rank", ColumnType.INTEGER),
            new Column("township", "township", ColumnType.TEXT),
            new Column("village_code", "village_code", ColumnType.TEXT),
            new Column("village", "village", ColumnType.TEXT),
            new Column("candidates", "candidates", ColumnType.INTEGER),
            new Column("houses", "houses", ColumnType.INTEGER),
            new Column("share_pct", "share_pct", ColumnType.DECIMAL),
            new Column("density", "density", ColumnType.DECIMAL),
            new Column("budget_wan", "budget_wan", ColumnType.DECIMAL),
            new Column("cumulative_wan", "cumulative_wan", ColumnType.DECIMAL),
            new Column("within_budget", "within_budget", ColumnType.TEXT));

    /** On a phone map (KML): the place in the ranking and the village, "1. 西村". */
    private static final PlacemarkName RANKED_VILLAGE = PlacemarkName.of(PlacemarkName.Part.of("rank", "{0}."),
            PlacemarkName.Part.of("village"));

    private final MessageSource messages;
    private final Locale locale;

    RetrofitVillageList(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The title, also the sheet and file name: 抗震改造试点村排名. */
    String title() {
        return word("title");
    }

    TableSchema schema() {
        return new TableSchema(title(), COLUMNS.stream()
                .map(c -> new Column(c.key(), word(c.key()), c.type())).toList(), "village", "township")
                .withPlacemarkName(RANKED_VILLAGE);
    }

    void write(RetrofitSummary summary, Map<String, Point> locations, Consumer<ExportRow> sink) {
        for (RetrofitSummary.ByArea village : summary.villages()) {
            Boolean within = village.withinBudget();
            sink.accept(ExportRow.of(locations.get(village.code()), village.rank(), village.parentName(),
                    village.code(), village.name(), village.candidates(), village.houses(),
                    BigDecimal.valueOf(village.share()).movePointRight(2).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(village.density()),
                    village.budgetYuan().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP), village.cumulativeWan(),
                    within == null ? null : word(within ? "yes" : "no")));
        }
    }

    private String word(String key) {
        return messages.getMessage("retrofit.ranking." + key, null, locale);
    }
}
