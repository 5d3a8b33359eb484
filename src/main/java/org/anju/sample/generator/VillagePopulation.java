package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.anju.house.StructureType;
import org.anju.household.TargetCategory;

/**
 * Generates the houses and households of one village, in this order:
 *
 * <ol>
 *   <li>place the houses and draw their attributes ({@link HousePlacement}, {@link HouseFactory});</li>
 *   <li>give every lived-in house (occupied or seasonal) one household that owns it; about 6.5 %
 *       of them are target households, more likely the poorer the house;</li>
 *   <li>set up the village's 建新不拆旧 cases ({@link RenovationPlanner#builtNewStillInOld});</li>
 *   <li>write the renovation history of the other target households, and let a few ordinary
 *       households also own an old house;</li>
 *   <li>add the target households without a house (无房户);</li>
 *   <li>write every house's assessments and last inspection ({@link AssessmentPlanner}).</li>
 * </ol>
 *
 * Houses not lived in and not claimed in steps 3–4 have no owner in the register.
 */
final class VillagePopulation {

    /** Calibrated so that 5–8 % (about 6.5 %) of households are target households. */
    private static final double TARGET_BASE_RATE = 0.048;
    private static final double SECOND_HOUSE_SHARE = 0.03;
    /** Unreinforced earth, cave and stone construction: the most vulnerable houses. */
    private static final Set<StructureType> TRADITIONAL =
            EnumSet.of(StructureType.EARTH_WOOD, StructureType.CAVE, StructureType.STONE);

    private final HousePlacement placement;
    private final HouseFactory houseFactory;
    private final HouseholdFactory householdFactory;
    private final RenovationPlanner renovations;
    private final AssessmentPlanner assessments;
    private final HazardMap hazards;

    VillagePopulation(HousePlacement placement, HouseFactory houseFactory, HouseholdFactory householdFactory,
                      RenovationPlanner renovations, AssessmentPlanner assessments, HazardMap hazards) {
        this.placement = placement;
        this.houseFactory = houseFactory;
        this.householdFactory = householdFactory;
        this.renovations = renovations;
        this.assessments = assessments;
        this.hazards = hazards;
    }

    VillageRecords generate(Village village, VillageQuota quota, SplittableRandom random) {
        List<House> houses = placeHouses(village, quota.houses(), random);
        List<House> livedIn = new ArrayList<>();
        List<House> unowned = new ArrayList<>();
        for (House h : houses) {
            (h.occupancy.isLivedIn() ? livedIn : unowned).add(h);
        }
        List<Set<TargetCategory>> categories = drawTargetCategories(livedIn, random);
        boolean[] builtNewStillInOld = chooseBuiltNewStillInOld(quota.builtNewStillInOld(), livedIn, categories,
                unowned.size(), random);
        int width = numberWidth(quota.houses() + quota.homelessTargets());

        List<Household> households = new ArrayList<>();
        for (int i = 0; i < livedIn.size(); i++) {
            House house = livedIn.get(i);
            Household household = householdFactory.create(householdCode(village, households.size() + 1, width), village,
                    categories.get(i), house.code, builtNewStillInOld[i], random);
            house.ownerHousehold = household.code();
            households.add(household);
        }
        // the 建新不拆旧 cases first: they were promised an unowned house each
        for (int i = 0; i < livedIn.size(); i++) {
            if (builtNewStillInOld[i]) {
                House newHouse = unowned.remove(random.nextInt(unowned.size()));
                renovations.builtNewStillInOld(households.get(i), livedIn.get(i), newHouse, random);
            }
        }
        for (int i = 0; i < livedIn.size(); i++) {
            Household household = households.get(i);
            House home = livedIn.get(i);
            if (builtNewStillInOld[i]) {
                continue;
            }
            if (household.isTarget()) {
                renovations.plan(household, home, unowned, random);
            } else if (home.yearBuilt >= 1995 && Draw.chance(random, SECOND_HOUSE_SHARE)) {
                claimOldHouse(household, unowned, random);
            }
        }
        for (int k = 0; k < quota.homelessTargets(); k++) {
            households.add(householdFactory.create(householdCode(village, households.size() + 1, width), village,
                    HouseholdFactory.drawCategories(random), null, false, random));
        }
        for (House h : houses) {
            assessments.plan(h, village, random);
        }
        return new VillageRecords(village, houses, households);
    }

    /** One entry per lived-in house: the target categories of its household, empty for most. */
    private static List<Set<TargetCategory>> drawTargetCategories(List<House> livedIn, SplittableRandom random) {
        List<Set<TargetCategory>> categories = new ArrayList<>(livedIn.size());
        for (House h : livedIn) {
            boolean target = Draw.chance(random, TARGET_BASE_RATE * targetWeight(h));
            categories.add(target ? HouseholdFactory.drawCategories(random) : Collections.emptySet());
        }
        return categories;
    }

    private List<House> placeHouses(Village village, int count, SplittableRandom random) {
        List<HouseSite> sites = placement.place(village, count, random);
        int width = numberWidth(count);
        List<House> houses = new ArrayList<>(count);
        for (int i = 0; i < sites.size(); i++) {
            int number = i + 1;
            String code = village.code() + "-" + String.format(Locale.ROOT, "%0" + width + "d", number);
            String address = village.addressPrefix() + number + "号";
            houses.add(houseFactory.create(code, address, sites.get(i), village, hazards, random));
        }
        return houses;
    }

    /** Poorer houses are more likely to belong to target households. */
    private static double targetWeight(House h) {
        double w = 1.0;
        if (h.grade.isDangerous()) {
            w += 2.5;
        }
        if (TRADITIONAL.contains(h.structure)) {
            w += 1.2;
        }
        if (h.yearBuilt < 1980) {
            w += 0.8;
        }
        if (h.structure == StructureType.FRAME || h.yearBuilt >= 2010) {
            w -= 0.5;
        }
        return w;
    }

    /**
     * Picks the households that built a new house but still live in the old one; if the village
     * has too few target households, ordinary ones become target households. Limited by the
     * number of unowned houses, which become their new houses.
     */
    private static boolean[] chooseBuiltNewStillInOld(int wanted, List<House> livedIn, List<Set<TargetCategory>> categories,
                                                      int unownedHouses, SplittableRandom random) {
        boolean[] chosen = new boolean[livedIn.size()];
        int count = Math.min(wanted, Math.min(unownedHouses, livedIn.size()));
        List<Integer> targets = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < livedIn.size(); i++) {
            (categories.get(i).isEmpty() ? others : targets).add(i);
        }
        for (int k = 0; k < count; k++) {
            int index;
            if (!targets.isEmpty()) {
                index = targets.remove(random.nextInt(targets.size()));
            } else {
                index = others.remove(random.nextInt(others.size()));
                categories.set(index, HouseholdFactory.drawCategories(random));
            }
            chosen[index] = true;
        }
        return chosen;
    }

    private static void claimOldHouse(Household household, List<House> unowned, SplittableRandom random) {
        if (unowned.isEmpty()) {
            return;
        }
        int start = random.nextInt(unowned.size());
        for (int k = 0; k < unowned.size(); k++) {
            int index = (start + k) % unowned.size();
            House candidate = unowned.get(index);
            if (candidate.yearBuilt < 1995) {
                candidate.ownerHousehold = household.code();
                unowned.remove(index);
                return;
            }
        }
    }

    private static String householdCode(Village village, int number, int width) {
        return "H" + village.code() + "-" + String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    /** Digits of the numbers in codes: 4, or more for a village with 10 000 houses or more. */
    static int numberWidth(int largest) {
        return Math.max(4, Integer.toString(largest).length());
    }
}
