package org.anju.house;

import org.anju.system.Labelled;

/** Whether the house has seismic measures (圈梁 ring beams / 构造柱 tie columns). */
public enum SeismicMeasures implements Labelled {
    YES("有圈梁/构造柱"),
    NO("无圈梁/构造柱"),
    UNKNOWN("不详");

    private final String label;

    SeismicMeasures(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
