package org.anju.sample.generator;

import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Where one county of a multi-county run ({@code --counties M}) goes: county 0 is the sample
 * county itself (新绛县, 140825, in place); county k ≥ 1 is generated the same way from its own
 * seed and then moved, as a whole, to its cell of a grid of counties, ⌈√M⌉ across, 0.5° east and
 * 0.35° south per cell, with synthetic codes and names: county code {@code 149kkk} (prefecture
 * "90" of 山西, which does not exist, like the ID numbers' region 140899) and name 示例县kkk.
 *
 * <p>Every code the files contain starts with the county's six digits (house codes, village codes,
 * household codes after their {@code H}), so recoding is a prefix swap; addresses start with the
 * county name.
 */
record CountyCopy(int index, String codePrefix, String name, double dx, double dy) {

    static final double CELL_LON = 0.5;
    static final double CELL_LAT = 0.35;
    private static final String ORIGINAL_PREFIX = CountySetting.COUNTY_CODE.substring(0, 6);

    static CountyCopy of(int index, int counties) {
        if (index == 0) {
            return new CountyCopy(0, ORIGINAL_PREFIX, CountySetting.COUNTY_NAME, 0, 0);
        }
        int across = (int) StrictMath.ceil(StrictMath.sqrt(counties));
        return new CountyCopy(index, String.format(Locale.ROOT, "149%03d", index),
                String.format(Locale.ROOT, "示例县%03d", index),
                (index % across) * CELL_LON, -(index / across) * CELL_LAT);
    }

    boolean isOriginal() {
        return index == 0;
    }

    /** A seed of its own for every copy; the original keeps the run's seed. */
    long seed(long runSeed) {
        return isOriginal() ? runSeed : runSeed * 1_000_003L + index;
    }

    /** The code with this county's six digits (also after a household code's {@code H}); other text as is. */
    String code(String code) {
        if (isOriginal() || code == null) {
            return code;
        }
        if (code.startsWith(ORIGINAL_PREFIX)) {
            return codePrefix + code.substring(6);
        }
        if (code.startsWith("H" + ORIGINAL_PREFIX)) {
            return "H" + codePrefix + code.substring(7);
        }
        return code;
    }

    /** The text with the sample county's name replaced by this county's (addresses, the county's own name). */
    String named(String text) {
        return isOriginal() || text == null ? text : text.replace(CountySetting.COUNTY_NAME, name);
    }

    /** The geometry moved to this county's cell (a new geometry; the original one is left alone). */
    <G extends Geometry> G moved(G geometry) {
        if (isOriginal()) {
            return geometry;
        }
        @SuppressWarnings("unchecked")
        G moved = (G) AffineTransformation.translationInstance(dx, dy).transform(geometry);
        return moved;
    }
}
