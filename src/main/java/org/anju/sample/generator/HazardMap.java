package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;

/**
 * Point look-ups against the county-wide layers: flood parts, seismic zones and the check box.
 * All positions are lon/lat on the output grid.
 */
final class HazardMap {

    private final List<FloodPart> floodParts;
    private final List<IndexedPointInAreaLocator> floodLocators = new ArrayList<>();
    private final List<SeismicZone> seismicZones;
    private final List<IndexedPointInAreaLocator> seismicLocators = new ArrayList<>();
    private final CheckBox checkBox;

    HazardMap(List<FloodPart> floodParts, List<SeismicZone> seismicZones, CheckBox checkBox) {
        this.floodParts = floodParts;
        this.seismicZones = seismicZones;
        this.checkBox = checkBox;
        for (FloodPart p : floodParts) {
            floodLocators.add(new IndexedPointInAreaLocator(p.area()));
        }
        for (SeismicZone z : seismicZones) {
            seismicLocators.add(new IndexedPointInAreaLocator(z.area()));
        }
    }

    List<FloodPart> floodParts() {
        return floodParts;
    }

    CheckBox checkBox() {
        return checkBox;
    }

    /** Severity rank of the flood part containing the position, 0 outside the flood. */
    int floodRank(Coordinate lonLat) {
        int i = firstContaining(floodLocators, lonLat);
        return i < 0 ? 0 : floodParts.get(i).rank();
    }

    /** Design intensity of the zone containing the position, 0 outside the county. */
    int seismicIntensity(Coordinate lonLat) {
        int i = firstContaining(seismicLocators, lonLat);
        return i < 0 ? 0 : seismicZones.get(i).intensity();
    }

    /**
     * True if the position lies exactly on the boundary of a flood part or seismic zone or on an
     * edge of the check box — where "inside" would depend on the reader's predicate. The
     * generator places no house there.
     */
    boolean onAnyBoundary(Coordinate lonLat) {
        return onABoundary(floodLocators, lonLat) || onABoundary(seismicLocators, lonLat) || checkBox.onEdge(lonLat);
    }

    /** Index of the first area whose interior contains the position, -1 if none does. */
    private static int firstContaining(List<IndexedPointInAreaLocator> areas, Coordinate lonLat) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).locate(lonLat) == Location.INTERIOR) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onABoundary(List<IndexedPointInAreaLocator> areas, Coordinate lonLat) {
        for (IndexedPointInAreaLocator area : areas) {
            if (area.locate(lonLat) == Location.BOUNDARY) {
                return true;
            }
        }
        return false;
    }
}
