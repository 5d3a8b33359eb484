package org.anju.house;

import org.anju.system.Labelled;

/** Whether people live in the house — as important as its grade (危房不住人，住人不危房). */
public enum Occupancy implements Labelled {
    OCCUPIED("有人居住"),
    VACANT("空置"),
    /** Long-absent families return at holidays (节假日返乡), seed 001. */
    SEASONAL("季节性居住"),
    MOVED_OUT("已搬离"),
    DEMOLISHED("已拆除");

    private final String label;

    Occupancy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** People sleep there at least part of the year. */
    public boolean isLivedIn() {
        return this == OCCUPIED || this == SEASONAL;
    }
}
