package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;

/**
 * A house record while its village is being generated. Unlike the rest of the generator this
 * is mutable: the stages that follow placement (households, renovation history, assessments)
 * refine the same house — for example a rebuilt house gets a new year, structure and grade.
 * Each house is written once, when its village is complete.
 */
final class House {

    final String code;
    final String address;
    final HouseSite site;
    final Landform landform;
    /** Severity rank of the 2021 flood part the house stands in, 0 outside the flood. */
    final int floodRank;
    final int seismicIntensity;

    StructureType structure;
    int storeys;
    int yearBuilt;
    double floorArea;
    SeismicMeasures seismicMeasures;
    /** Current grade; UNASSESSED if the house has no assessment. */
    SafetyGrade grade;
    Occupancy occupancy;
    LocalDate lastInspectedOn;
    /** Household code of the owner, or null when the owner is not in the household register. */
    String ownerHousehold;

    /** SafetyGrade found before the latest renovation; null if never renovated. */
    SafetyGrade gradeBeforeRenovation;
    /**
     * Year in which the owner's replacement house was completed, if this is the old house left
     * after a new-site build (选址新建); 0 otherwise.
     */
    int replacedIn;
    /** Became dangerous again after a renovation (小型自然灾害等原因), to be re-included. */
    boolean damagedAfterRenovation;
    final List<Renovation> renovations = new ArrayList<>();
    /** All assessments, oldest first; the last one is the current grade. */
    final List<Assessment> assessments = new ArrayList<>();

    House(String code, String address, HouseSite site, Landform landform, int floodRank, int seismicIntensity) {
        this.code = code;
        this.address = address;
        this.site = site;
        this.landform = landform;
        this.floodRank = floodRank;
        this.seismicIntensity = seismicIntensity;
    }

    /** The latest renovation, or null. */
    Renovation latestRenovation() {
        return renovations.isEmpty() ? null : renovations.get(renovations.size() - 1);
    }

    /** The current assessment, or null for an unassessed house. */
    Assessment currentAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    boolean isUnowned() {
        return ownerHousehold == null;
    }
}
