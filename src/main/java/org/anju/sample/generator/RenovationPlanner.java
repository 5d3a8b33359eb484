package org.anju.sample.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.anju.house.Occupancy;
import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;

/**
 * Writes the renovation history (2009–2024) of target households' houses and brings the houses
 * to their state after renovation.
 *
 * <p>About 62 % of target households were helped in the past:
 * <ul>
 *   <li>a brick-concrete or frame house built since 2009 <em>is</em> the product of a rebuild
 *       (拆除重建, or 选址新建 on a new site), completed in the year it was built;</li>
 *   <li>otherwise the house was repaired and strengthened (修缮加固; now B or A, one in twenty
 *       became dangerous again after small disasters), demolished and rebuilt (now a new A
 *       house), replaced by a new house on a new site (the old house stays on record, demolished
 *       or empty), or, if it was a brick or stone house, seismically retrofitted (抗震改造,
 *       2019–2024, now with ring beams and tie columns);</li>
 *   <li>some repaired houses were retrofitted again later.</li>
 * </ul>
 *
 * <p>{@link #builtNewStillInOld} sets up the audit finding 建新不拆旧: a new A-grade house, empty,
 * and the old C/D house still lived in, both owned by the household.
 */
final class RenovationPlanner {

    private static final double RENOVATED_SHARE = 0.62;
    private static final double[] YEAR_WEIGHTS = {3, 4, 5, 6, 7, 8, 8, 9, 9, 9, 8, 7, 5, 4, 4, 3};
    private static final int FIRST_YEAR = 2009;

    private final HouseFactory houseFactory;

    RenovationPlanner(HouseFactory houseFactory) {
        this.houseFactory = houseFactory;
    }

    /**
     * Maybe gives the house of a target household a renovation history.
     *
     * @param unowned houses of the village without an owner; a new-site build takes its old
     *                house from here (and removes it)
     */
    void plan(Household household, House house, List<House> unowned, SplittableRandom random) {
        if (!Draw.chance(random, RENOVATED_SHARE)) {
            return;
        }
        boolean modern = house.structure == StructureType.BRICK_CONCRETE || house.structure == StructureType.FRAME;
        if (modern && house.yearBuilt >= FIRST_YEAR) {
            RenovationMethod method = Draw.chance(random, 0.8) ? RenovationMethod.DEMOLISH_REBUILD : RenovationMethod.NEW_SITE;
            int year = house.yearBuilt;
            houseFactory.rebuild(house, year, household.members(), random);
            if (method == RenovationMethod.DEMOLISH_REBUILD) {
                house.gradeBeforeRenovation = Draw.chance(random, 0.7) ? SafetyGrade.D : SafetyGrade.C;
            }
            record(house, household, method, year, false, random);
            return;
        }
        boolean retrofittable = house.structure == StructureType.BRICK_WOOD || house.structure == StructureType.BRICK_CONCRETE
                || house.structure == StructureType.STONE || house.structure == StructureType.OTHER;
        RenovationMethod method = new WeightedChoice<RenovationMethod>()
                .add(RenovationMethod.REPAIR_STRENGTHEN, 45)
                .add(RenovationMethod.DEMOLISH_REBUILD, 25)
                .add(RenovationMethod.NEW_SITE, unowned.isEmpty() ? 0 : 10)
                .add(RenovationMethod.SEISMIC_RETROFIT, retrofittable ? 20 : 0)
                .pick(random);
        switch (method) {
            case REPAIR_STRENGTHEN -> repair(household, house, random);
            case DEMOLISH_REBUILD -> {
                int year = renovationYear(random, FIRST_YEAR);
                house.gradeBeforeRenovation = Draw.chance(random, 0.7) ? SafetyGrade.D : SafetyGrade.C;
                houseFactory.rebuild(house, year, household.members(), random);
                record(house, household, method, year, false, random);
            }
            case NEW_SITE -> newSite(household, house, unowned, random);
            case SEISMIC_RETROFIT -> retrofit(household, house, random);
        }
    }

    /**
     * 建新不拆旧: {@code newHouse} (taken from the unowned houses) becomes the household's new A
     * house, completed 2016–2023 and standing empty; {@code oldHouse} becomes an old C/D house
     * that the household still lives in.
     */
    void builtNewStillInOld(Household household, House oldHouse, House newHouse, SplittableRandom random) {
        int year = Draw.intBetween(random, 2016, 2023);
        RenovationMethod method = Draw.chance(random, 0.7) ? RenovationMethod.NEW_SITE : RenovationMethod.DEMOLISH_REBUILD;
        houseFactory.rebuild(newHouse, year, household.members(), random);
        newHouse.grade = SafetyGrade.A;
        newHouse.occupancy = Occupancy.VACANT;
        newHouse.ownerHousehold = household.code();
        record(newHouse, household, method, year, false, random);

        houseFactory.makeOldAndDangerous(oldHouse, random);
        oldHouse.occupancy = Occupancy.OCCUPIED;
        oldHouse.ownerHousehold = household.code();
        oldHouse.replacedIn = year;
    }

    private void repair(Household household, House house, SplittableRandom random) {
        if (house.yearBuilt + 5 > HouseFactory.CURRENT_YEAR) {
            return;
        }
        int year = Math.max(renovationYear(random, FIRST_YEAR), house.yearBuilt + 5);
        house.gradeBeforeRenovation = Draw.chance(random, 0.6) ? SafetyGrade.C : SafetyGrade.D;
        boolean strengthened = Draw.chance(random, 0.3);
        if (strengthened) {
            house.seismicMeasures = SeismicMeasures.YES;
        }
        house.grade = Draw.chance(random, 0.7) ? SafetyGrade.B : SafetyGrade.A;
        record(house, household, RenovationMethod.REPAIR_STRENGTHEN, year, strengthened, random);
        if (Draw.chance(random, 0.05)) {
            house.damagedAfterRenovation = true;
            house.grade = SafetyGrade.C;
        } else if (year <= 2018 && house.structure != StructureType.EARTH_WOOD && house.structure != StructureType.CAVE
                && Draw.chance(random, 0.15)) {
            house.seismicMeasures = SeismicMeasures.YES;
            record(house, household, RenovationMethod.SEISMIC_RETROFIT, Draw.intBetween(random, 2020, 2024), false, random);
        }
    }

    private void newSite(Household household, House house, List<House> unowned, SplittableRandom random) {
        int year = Draw.intBetween(random, 2019, 2024);
        House old = unowned.remove(random.nextInt(unowned.size()));
        houseFactory.makeOldAndDangerous(old, random);
        old.occupancy = Draw.chance(random, 0.75) ? Occupancy.DEMOLISHED : Occupancy.VACANT;
        old.ownerHousehold = household.code();
        old.replacedIn = year;
        houseFactory.rebuild(house, year, household.members(), random);
        record(house, household, RenovationMethod.NEW_SITE, year, false, random);
    }

    private void retrofit(Household household, House house, SplittableRandom random) {
        int year = Math.max(Draw.intBetween(random, 2019, 2024), house.yearBuilt + 1);
        if (year > HouseFactory.CURRENT_YEAR) {
            return;
        }
        house.gradeBeforeRenovation = SafetyGrade.B;
        house.seismicMeasures = SeismicMeasures.YES;
        house.grade = Draw.chance(random, 0.4) ? SafetyGrade.A : SafetyGrade.B;
        record(house, household, RenovationMethod.SEISMIC_RETROFIT, year, false, random);
    }

    private static void record(House house, Household household, RenovationMethod method, int year,
                               boolean withSeismicStrengthening, SplittableRandom random) {
        int subsidy = SubsidyStandard.subsidyYuan(method, household, withSeismicStrengthening, random);
        house.renovations.add(new Renovation(house.code, year, method, subsidy, SubsidyStandard.fundingSource(year, random)));
    }

    private static int renovationYear(SplittableRandom random, int notBefore) {
        int year = FIRST_YEAR + Draw.weightedIndex(random, YEAR_WEIGHTS);
        return Math.max(year, notBefore);
    }
}
