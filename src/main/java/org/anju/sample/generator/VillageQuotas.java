package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shares the county's houses and special cases among its villages.
 *
 * <p>Village sizes vary log-normally; the valley plain holds more houses than the foothills,
 * township seat villages more than others, and the villages of the county seat town the most.
 * Every village gets at least {@value #MIN_HOUSES} houses and the total is exact.
 *
 * <p>建新不拆旧 households (≈0.09 % of houses, at least 2) and target households without a house
 * (≈0.08 %, at least 2) go to villages drawn in proportion to their size.
 */
final class VillageQuotas {

    static final int MIN_HOUSES = 15;
    private static final double BUILT_NEW_STILL_IN_OLD_PER_HOUSE = 0.0009;
    private static final double HOMELESS_TARGETS_PER_HOUSE = 0.0008;

    private VillageQuotas() {
    }

    static List<VillageQuota> allocate(List<Village> villages, int totalHouses, SplittableRandom random) {
        int n = villages.size();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = weight(villages.get(i), random);
            sum += weights[i];
        }
        int[] houses = new int[n];
        double[] remainders = new double[n];
        int spare = totalHouses - MIN_HOUSES * n;
        if (spare < 0) {
            throw new IllegalArgumentException("too few houses for " + n + " villages");
        }
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = spare * weights[i] / sum;
            houses[i] = MIN_HOUSES + (int) StrictMath.floor(exact);
            remainders[i] = exact - StrictMath.floor(exact);
            assigned += houses[i];
        }
        for (int left = totalHouses - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            houses[best]++;
            remainders[best] = -1;
        }

        double[] bySize = new double[n];
        for (int i = 0; i < n; i++) {
            bySize[i] = houses[i];
        }
        int[] builtNew = spread(count(totalHouses, BUILT_NEW_STILL_IN_OLD_PER_HOUSE), bySize, random);
        int[] homeless = spread(count(totalHouses, HOMELESS_TARGETS_PER_HOUSE), bySize, random);
        List<VillageQuota> quotas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            quotas.add(new VillageQuota(houses[i], builtNew[i], homeless[i]));
        }
        return quotas;
    }

    private static double weight(Village village, SplittableRandom random) {
        double w = StrictMath.exp(0.4 * Draw.gaussian(random));
        w *= switch (village.landform()) {
            case FEN_VALLEY -> 1.2;
            case EMEI_TABLELAND -> 0.9;
            case NORTHERN_FOOTHILLS -> 0.7;
        };
        if (village.nearCountySeat()) {
            w *= village.townshipSeat() ? 7.0 : 2.5;
        } else if (village.townshipSeat()) {
            w *= 1.6;
        }
        return w;
    }

    private static int count(int houses, double perHouse) {
        return (int) Math.max(2, StrictMath.round(houses * perHouse));
    }

    private static int[] spread(int count, double[] weights, SplittableRandom random) {
        int[] result = new int[weights.length];
        for (int k = 0; k < count; k++) {
            result[Draw.weightedIndex(random, weights)]++;
        }
        return result;
    }
}
