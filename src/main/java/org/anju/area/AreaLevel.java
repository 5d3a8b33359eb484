package org.anju.area;

import org.anju.system.Labelled;

/**
 * Level of an administrative area. The 12-digit statistical division code (统计用区划代码) tells the
 * level by how many leading digits are significant: province 2, city 4, county 6, township 9, village 12.
 */
public enum AreaLevel implements Labelled {
    PROVINCE("省", 2),
    CITY("市", 4),
    COUNTY("县", 6),
    TOWNSHIP("乡镇", 9),
    VILLAGE("行政村", 12);

    private final String label;
    private final int significantDigits;

    AreaLevel(String label, int significantDigits) {
        this.label = label;
        this.significantDigits = significantDigits;
    }

    @Override
    public String label() {
        return label;
    }

    public int significantDigits() {
        return significantDigits;
    }
}
