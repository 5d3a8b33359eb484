package org.anju.raster;

import org.anju.system.Labelled;

/** What a hazard raster's cell values mean. */
public enum RasterKind implements Labelled {
    /** Shaking or design intensity in degrees (烈度). */
    SEISMIC_INTENSITY("地震烈度"),
    /** Peak ground acceleration in g. */
    PGA("地震动峰值加速度"),
    /** Flood water depth in metres (淹没水深). */
    FLOOD_DEPTH("淹没水深"),
    OTHER("其他");

    private final String label;

    RasterKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
