package org.anju.house;

import org.anju.system.Labelled;

/** Load-bearing structure of a rural house. */
public enum StructureType implements Labelled {
    EARTH_WOOD("土木"),
    BRICK_WOOD("砖木"),
    BRICK_CONCRETE("砖混"),
    STONE("石木/石砌"),
    FRAME("框架"),
    CAVE("窑洞"),
    OTHER("其他");

    private final String label;

    StructureType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
