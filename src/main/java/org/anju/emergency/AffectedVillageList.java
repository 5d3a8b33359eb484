package org.anju.emergency;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.export.Column;
import org.anju.export.ColumnType;
import org.anju.export.ExportRow;
import org.anju.export.PlacemarkName;
import org.anju.export.TableSchema;
import org.locationtech.jts.geom.Point;

/**
 * The villages a disaster hit, in the order to check them (受灾村排查顺序): the ranking of
 * {@link AffectedSummary#villages()} as a file, one row per village at a point inside its
 * boundary, so that a team leader can split the villages among the teams in Excel or find them in a
 * phone map app (KML). Counts only: no personal data.
 */
final class AffectedVillageList {

    /** On a phone map (KML): the place in the order and the village, "1. 东村". */
    static final PlacemarkName RANKED_VILLAGE = PlacemarkName.of(PlacemarkName.Part.of("rank", "{0}."),
            PlacemarkName.Part.of("village"));

    private AffectedVillageList() {
    }

    static TableSchema schema() {
        return new TableSchema("受灾村排查顺序", List.of(
                new Column("rank", "排查顺序", ColumnType.INTEGER),
                new Column("township", "乡镇", ColumnType.TEXT),
                new Column("village_code", "村代码", ColumnType.TEXT),
                new Column("village", "行政村", ColumnType.TEXT),
                new Column("occupied_dangerous", "有人居住的C/D级危房", ColumnType.INTEGER),
                new Column("vulnerable_households", "重点对象及优先户", ColumnType.INTEGER),
                new Column("occupied_unassessed", "有人居住未评定农房", ColumnType.INTEGER),
                new Column("occupied", "有人居住农房", ColumnType.INTEGER),
                new Column("houses", "受影响农房", ColumnType.INTEGER),
                new Column("dangerous", "C/D级危房", ColumnType.INTEGER),
                new Column("target_households", "6类重点对象户", ColumnType.INTEGER),
                new Column("persons", "居住人数", ColumnType.INTEGER)), "village", "township")
                .withPlacemarkName(RANKED_VILLAGE);
    }

    /**
     * Writes the ranked villages of {@code summary} to {@code sink}, each at its point in
     * {@code locations} (without location when the village has no boundary).
     */
    static void write(AffectedSummary summary, Map<String, Point> locations, Consumer<ExportRow> sink) {
        for (AffectedSummary.ByArea village : summary.villages()) {
            Exposure e = village.exposure();
            sink.accept(ExportRow.of(locations.get(village.code()), village.rank(), village.parentName(),
                    village.code(), village.name(), e.occupiedDangerous(), e.vulnerableHouseholds(),
                    e.occupiedUnassessed(), e.occupied(), e.houses(), e.dangerous(), e.targetHouseholds(),
                    e.persons()));
        }
    }
}
