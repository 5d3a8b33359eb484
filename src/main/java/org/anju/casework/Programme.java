package org.anju.casework;

import org.anju.system.Labelled;

/** The two programmes a case belongs to (seed 002's two report forms). */
public enum Programme implements Labelled {
    DANGEROUS_HOUSE("农村危房改造"),
    SEISMIC_RETROFIT("农房抗震改造");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
