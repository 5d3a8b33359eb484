package org.anju.house;

import org.anju.system.Labelled;

/** How a house was renovated under the dangerous-house or seismic-retrofit programme. */
public enum RenovationMethod implements Labelled {
    REPAIR_STRENGTHEN("修缮加固"),
    DEMOLISH_REBUILD("拆除重建"),
    NEW_SITE("选址新建"),
    SEISMIC_RETROFIT("抗震改造");

    private final String label;

    RenovationMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
