package org.anju.hazard;

import org.anju.system.Labelled;

/** Kind of disaster event whose footprint triggers emergency inspections (应急排查). */
public enum DisasterType implements Labelled {
    FLOOD("洪涝"),
    WATERLOGGING("内涝"),
    LANDSLIDE("滑坡"),
    DEBRIS_FLOW("泥石流"),
    EARTHQUAKE("地震"),
    WINDSTORM("风灾"),
    SNOW_ICE("雪灾/冰冻"),
    OTHER("其他");

    private final String label;

    DisasterType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
