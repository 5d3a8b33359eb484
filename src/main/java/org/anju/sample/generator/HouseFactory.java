package org.anju.sample.generator;

import java.util.SplittableRandom;

import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;

/**
 * Draws the physical attributes, grade and occupancy of a house, with the correlations seen in
 * rural southern Shanxi:
 *
 * <ul>
 *   <li>year built 1950–2024, most houses from the 1980s and 1990s; newer near the county seat;</li>
 *   <li>structure by era — earth/wood and caves before 1980, brick/wood in the 1980s,
 *       brick-concrete after, frames since 2010; caves mostly on the 峨嵋岭 tableland, stone in
 *       the foothills;</li>
 *   <li>storeys and floor area by structure (frames and brick-concrete may have 2–3 storeys);</li>
 *   <li>seismic measures (圈梁/构造柱) common only in brick-concrete and frame houses built after
 *       2008;</li>
 *   <li>grade from a vulnerability score of age × structure × seismic measures × flood exposure:
 *       old earth houses are often C or D, new frames almost never;</li>
 *   <li>occupancy by grade: dangerous houses are more often vacant, moved out or demolished, but
 *       many are still lived in.</li>
 * </ul>
 */
final class HouseFactory {

    static final int CURRENT_YEAR = 2024;

    /** Calibration of the grade model: overall about 3.7 % C and 1.4 % D after renovations. */
    private static final double D_PER_RISK = 0.050;
    private static final double C_PER_RISK = 0.150;
    private static final double UNASSESSED_SHARE = 0.007;

    private static final int[] DECADE_START = {1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020};
    private static final double[] DECADE_WEIGHT = {3, 6, 12, 22, 24, 18, 12, 3};

    /** The orders in which the weight tables below list structures, measures and occupancies. */
    private static final StructureType[] STRUCTURES = {StructureType.EARTH_WOOD, StructureType.BRICK_WOOD,
        StructureType.BRICK_CONCRETE, StructureType.STONE, StructureType.FRAME, StructureType.CAVE, StructureType.OTHER};
    private static final SeismicMeasures[] MEASURES = {SeismicMeasures.YES, SeismicMeasures.NO, SeismicMeasures.UNKNOWN};
    private static final Occupancy[] OCCUPANCIES = {Occupancy.OCCUPIED, Occupancy.VACANT, Occupancy.SEASONAL,
        Occupancy.MOVED_OUT, Occupancy.DEMOLISHED};

    /** Creates a house at a site with freshly drawn attributes; assessments and owner come later. */
    House create(String code, String address, HouseSite site, Village village, HazardMap hazards,
                 SplittableRandom random) {
        Landform landform = Landform.at(site.lonLat().x, site.lonLat().y);
        House house = new House(code, address, site, landform,
                hazards.floodRank(site.lonLat()), hazards.seismicIntensity(site.lonLat()));
        house.yearBuilt = yearBuilt(village.nearCountySeat(), random);
        house.structure = structure(house.yearBuilt, landform, village.nearCountySeat(), random);
        house.storeys = storeys(house.structure, village.nearCountySeat(), random);
        house.floorArea = floorArea(house.structure, house.storeys, random);
        house.seismicMeasures = seismicMeasures(house.structure, house.yearBuilt, random);
        house.grade = grade(house, random);
        house.occupancy = occupancy(house.grade, random);
        if (Draw.chance(random, house.yearBuilt >= 2023 ? 0.35 : UNASSESSED_SHARE)) {
            house.grade = SafetyGrade.UNASSESSED;
        }
        return house;
    }

    /**
     * Turns a house into a new building completed in {@code year} under a renovation programme:
     * one storey (sometimes two), brick-concrete with ring beams and tie columns, floor area
     * sized to the household (DOMAIN.md §8: 40–60 m² for 1–3 persons), grade A (sometimes B).
     */
    void rebuild(House house, int year, int members, SplittableRandom random) {
        house.yearBuilt = year;
        house.structure = Draw.chance(random, 0.9) ? StructureType.BRICK_CONCRETE : StructureType.FRAME;
        house.storeys = Draw.chance(random, 0.9) ? 1 : 2;
        double area = switch (Math.min(members, 4)) {
            case 1 -> Draw.between(random, 38, 50);
            case 2 -> Draw.between(random, 45, 60);
            case 3 -> Draw.between(random, 55, 75);
            default -> members * Draw.between(random, 18, 24);
        };
        house.floorArea = round1(area * (house.storeys == 2 ? 1.5 : 1.0));
        house.seismicMeasures = SeismicMeasures.YES;
        house.grade = Draw.chance(random, 0.88) ? SafetyGrade.A : SafetyGrade.B;
    }

    /** Turns a house into an old traditional house in poor repair (grade C or D), built before 1990. */
    void makeOldAndDangerous(House house, SplittableRandom random) {
        house.yearBuilt = Draw.intBetween(random, 1955, 1989);
        house.structure = house.landform == Landform.EMEI_TABLELAND && Draw.chance(random, 0.5)
                ? StructureType.CAVE
                : Draw.chance(random, 0.65) ? StructureType.EARTH_WOOD : StructureType.BRICK_WOOD;
        house.storeys = 1;
        house.floorArea = floorArea(house.structure, 1, random);
        house.seismicMeasures = Draw.chance(random, 0.8) ? SeismicMeasures.NO : SeismicMeasures.UNKNOWN;
        house.grade = Draw.chance(random, 0.55) ? SafetyGrade.D : SafetyGrade.C;
    }

    /** Vulnerability 0 (new frame) … about 1.5 (old earth house in the flood). */
    static double risk(StructureType structure, int yearBuilt, SeismicMeasures measures, int floodRank) {
        double age = Math.max(0, CURRENT_YEAR - yearBuilt - 5) / 55.0;
        double ageFactor = StrictMath.pow(Math.min(age, 1.25), 1.3);
        double structureFactor = switch (structure) {
            case EARTH_WOOD -> 1.0;
            case CAVE -> 0.85;
            case STONE, OTHER -> 0.7;
            case BRICK_WOOD -> 0.45;
            case BRICK_CONCRETE -> 0.12;
            case FRAME -> 0.05;
        };
        double measuresFactor = switch (measures) {
            case YES -> 0.6;
            case NO -> 1.1;
            case UNKNOWN -> 1.0;
        };
        double floodFactor = floodRank >= 3 ? 1.6 : floodRank == 2 ? 1.3 : 1.0;
        return ageFactor * structureFactor * measuresFactor * floodFactor;
    }

    private static int yearBuilt(boolean nearCountySeat, SplittableRandom random) {
        double[] weights = DECADE_WEIGHT.clone();
        if (nearCountySeat) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] *= DECADE_START[i] < 1980 ? 0.5 : DECADE_START[i] >= 2000 ? 1.6 : 1.0;
            }
        }
        int start = DECADE_START[Draw.weightedIndex(random, weights)];
        int end = Math.min(start + 9, CURRENT_YEAR);
        return Draw.intBetween(random, start, end);
    }

    private static StructureType structure(int year, Landform landform, boolean nearCountySeat, SplittableRandom random) {
        double[] w = year < 1970 ? new double[] {55, 20, 0, 6, 0, 15, 4}
                : year < 1980 ? new double[] {45, 30, 2, 6, 0, 14, 3}
                : year < 1990 ? new double[] {20, 45, 20, 4, 0, 8, 3}
                : year < 2000 ? new double[] {6, 33, 52, 2, 1, 3, 3}
                : year < 2010 ? new double[] {2, 12, 76, 1, 6, 1, 2}
                : new double[] {0, 3, 70, 0, 25, 0, 2};
        WeightedChoice<StructureType> choice = new WeightedChoice<>();
        for (int i = 0; i < STRUCTURES.length; i++) {
            choice.add(STRUCTURES[i], w[i]);
        }
        switch (landform) {
            case EMEI_TABLELAND -> choice.scale(StructureType.CAVE, 4.0).scale(StructureType.STONE, 0.5);
            case NORTHERN_FOOTHILLS -> choice.scale(StructureType.CAVE, 1.2).scale(StructureType.STONE, 3.0);
            case FEN_VALLEY -> choice.scale(StructureType.CAVE, 0.08).scale(StructureType.STONE, 0.4);
        }
        if (nearCountySeat) {
            choice.scale(StructureType.EARTH_WOOD, 0.5).scale(StructureType.CAVE, 0.0).scale(StructureType.FRAME, 2.0);
        }
        return choice.pick(random);
    }

    private static int storeys(StructureType structure, boolean nearCountySeat, SplittableRandom random) {
        double[] w = switch (structure) {
            case EARTH_WOOD -> new double[] {96, 4, 0};
            case CAVE -> new double[] {100, 0, 0};
            case STONE -> new double[] {92, 8, 0};
            case BRICK_WOOD -> new double[] {85, 15, 0};
            case BRICK_CONCRETE -> nearCountySeat ? new double[] {25, 60, 15} : new double[] {42, 50, 8};
            case FRAME -> new double[] {10, 55, 35};
            case OTHER -> new double[] {80, 20, 0};
        };
        return 1 + Draw.weightedIndex(random, w);
    }

    private static double floorArea(StructureType structure, int storeys, SplittableRandom random) {
        double perStorey = switch (structure) {
            case EARTH_WOOD -> Draw.between(random, 45, 95);
            case CAVE -> Draw.between(random, 40, 90);
            case STONE -> Draw.between(random, 50, 100);
            case BRICK_WOOD -> Draw.between(random, 60, 120);
            case BRICK_CONCRETE -> Draw.between(random, 80, 150);
            case FRAME -> Draw.between(random, 90, 170);
            case OTHER -> Draw.between(random, 30, 80);
        };
        double upper = storeys == 1 ? 1.0 : 1.0 + (storeys - 1) * Draw.between(random, 0.8, 1.0);
        return round1(perStorey * upper);
    }

    private static SeismicMeasures seismicMeasures(StructureType structure, int year, SplittableRandom random) {
        double[] yesNoUnknown = switch (structure) {
            case FRAME -> new double[] {90, 0, 10};
            case BRICK_CONCRETE -> year >= 2009 ? new double[] {75, 10, 15}
                    : year >= 1990 ? new double[] {35, 40, 25} : new double[] {10, 65, 25};
            case BRICK_WOOD -> new double[] {5, 70, 25};
            default -> new double[] {0, 78, 22};
        };
        return MEASURES[Draw.weightedIndex(random, yesNoUnknown)];
    }

    private static SafetyGrade grade(House house, SplittableRandom random) {
        double risk = risk(house.structure, house.yearBuilt, house.seismicMeasures, house.floodRank);
        double d = D_PER_RISK * risk;
        double c = C_PER_RISK * risk;
        double b = Math.min(0.97 - c - d, 0.28 + 0.6 * risk);
        double u = random.nextDouble();
        if (u < d) {
            return SafetyGrade.D;
        }
        if (u < d + c) {
            return SafetyGrade.C;
        }
        return u < d + c + b ? SafetyGrade.B : SafetyGrade.A;
    }

    private static Occupancy occupancy(SafetyGrade grade, SplittableRandom random) {
        double[] w = switch (grade) {
            case C -> new double[] {40, 28, 10, 18, 4};
            case D -> new double[] {28, 30, 7, 20, 15};
            default -> new double[] {84, 5.5, 6, 4.2, 0.3};
        };
        return OCCUPANCIES[Draw.weightedIndex(random, w)];
    }

    static double round1(double value) {
        return StrictMath.round(value * 10) / 10.0;
    }
}
