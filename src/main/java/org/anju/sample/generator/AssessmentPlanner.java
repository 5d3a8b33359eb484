package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.anju.house.AssessmentKind;
import org.anju.house.Occupancy;
import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;

/**
 * Writes the assessment history (2019–2024) of a house so that it ends in the house's current
 * grade, and its last inspection date (2023–2024).
 *
 * <ul>
 *   <li>Every assessed house has a current assessment; unassessed houses have none.</li>
 *   <li>A house renovated since 2019 has a pre-renovation appraisal (C/D, or B before a seismic
 *       retrofit) and an acceptance assessment after completion (基本安全评定).</li>
 *   <li>A renovated house that was damaged again gets a later C assessment.</li>
 *   <li>Houses in the deeper parts of the October 2021 flood often have an emergency
 *       assessment (应急排查) from October–November 2021.</li>
 *   <li>About 7 % of other houses have an earlier routine assessment; grades may have worsened
 *       since.</li>
 *   <li>Formal assessments (鉴定) by third-party firms are rarer and more frequent for C/D
 *       houses; half follow a disputed appraisal.</li>
 * </ul>
 * Dates within a house strictly follow each other or are equal; all lie in 2019-01-01 … 2024-12-31.
 */
final class AssessmentPlanner {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final String COUNTY_TEAM = "县住建局技术组";
    private static final List<String> THIRD_PARTIES = List.of(
            "第三方鉴定机构·汾源工程检测有限公司",
            "第三方鉴定机构·绛州建设工程质量检测有限公司",
            "第三方鉴定机构·河东房屋安全鉴定有限公司");
    private static final double[] ROUTINE_YEAR_WEIGHTS = {15, 20, 15, 20, 22, 8};
    private static final LocalDate FIRST_INSPECTION_DAY = LocalDate.of(2023, 1, 1);
    /** The grades from safest to most dangerous. */
    private static final List<SafetyGrade> SCALE = List.of(SafetyGrade.A, SafetyGrade.B, SafetyGrade.C, SafetyGrade.D);

    void plan(House house, Village village, SplittableRandom random) {
        if (house.grade != SafetyGrade.UNASSESSED) {
            if (house.replacedIn > 0) {
                oldHouseHistory(house, village, random);
            } else if (house.latestRenovation() != null) {
                renovatedHistory(house, village, random);
            } else {
                ordinaryHistory(house, village, random);
            }
        }
        inspect(house, random);
    }

    private void ordinaryHistory(House house, Village village, SplittableRandom random) {
        SafetyGrade grade = house.grade;
        boolean formal = Draw.chance(random, grade.isDangerous() ? 0.22 : 0.04);
        AssessmentKind kind = formal ? AssessmentKind.FORMAL : AssessmentKind.APPRAISAL;
        String assessor = formal ? Draw.pick(random, THIRD_PARTIES) : appraiser(village, random);
        LocalDate notBefore = builtNotBefore(house);

        if (house.floodRank >= 2 && house.yearBuilt <= 2020 && Draw.chance(random, grade == SafetyGrade.A ? 0.1 : 0.45)) {
            SafetyGrade found = grade.isDangerous() || grade == SafetyGrade.A ? grade : Draw.chance(random, 0.5) ? SafetyGrade.C : grade;
            add(house, found, Draw.date(random, LocalDate.of(2021, 10, 13), LocalDate.of(2021, 11, 30)),
                    AssessmentKind.APPRAISAL, COUNTY_TEAM, "2021年秋汛后应急排查");
            add(house, grade, routineDate(random, LocalDate.of(2022, 3, 1)), kind, assessor,
                    found != grade ? "自行修缮后复评" : "常规排查");
        } else if (house.yearBuilt <= 2018 && Draw.chance(random, 0.07)) {
            LocalDate earlier = Draw.date(random, later(notBefore, LocalDate.of(2019, 3, 1)), LocalDate.of(2020, 12, 31));
            add(house, Draw.chance(random, 0.6) ? grade : better(grade), earlier,
                    AssessmentKind.APPRAISAL, appraiser(village, random), "常规排查");
            add(house, grade, routineDate(random, earlier.plusDays(180)), kind, assessor, "复查");
        } else if (formal && Draw.chance(random, 0.5)) {
            LocalDate current = routineDate(random, notBefore.plusDays(150));
            SafetyGrade disputed = Draw.chance(random, 0.5) ? grade : Draw.chance(random, 0.5) ? worse(grade) : better(grade);
            add(house, disputed, current.minusDays(Draw.intBetween(random, 30, 150)),
                    AssessmentKind.APPRAISAL, appraiser(village, random), "初次评定");
            add(house, grade, current, kind, assessor, "农户申请复核，第三方鉴定");
        } else {
            add(house, grade, routineDate(random, notBefore), kind, assessor, "常规排查");
        }
    }

    private void renovatedHistory(House house, Village village, SplittableRandom random) {
        Renovation latest = house.latestRenovation();
        int year = latest.year();
        boolean retrofit = latest.method() == RenovationMethod.SEISMIC_RETROFIT;
        SafetyGrade before = retrofit ? SafetyGrade.B : house.gradeBeforeRenovation;
        SafetyGrade after = house.damagedAfterRenovation ? SafetyGrade.B : house.grade;
        LocalDate last;
        if (year >= FIRST_DAY.getYear()) {
            if (before != null) {
                // a rebuilt house keeps its record; its pre-renovation appraisal falls in the year of the rebuild
                LocalDate from = house.yearBuilt == year ? LocalDate.of(year, 1, 1) : LocalDate.of(year - 1, 3, 1);
                add(house, before, Draw.date(random, later(FIRST_DAY, from), LocalDate.of(year, 5, 31)),
                        AssessmentKind.APPRAISAL, appraiser(village, random),
                        retrofit ? "抗震改造前评定：未达抗震设防要求" : "改造前评定");
            }
            last = Draw.date(random, LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 20));
            add(house, after, last, AssessmentKind.APPRAISAL, COUNTY_TEAM, retrofit ? "抗震改造竣工验收" : "竣工验收·基本安全评定");
        } else {
            last = routineDate(random, FIRST_DAY);
            add(house, after, last, AssessmentKind.APPRAISAL, appraiser(village, random), "常规排查");
        }
        if (house.damagedAfterRenovation) {
            LocalDate damaged = routineDate(random, later(last.plusDays(180), LocalDate.of(2021, 1, 1)));
            add(house, SafetyGrade.C, damaged, AssessmentKind.APPRAISAL, COUNTY_TEAM, "小型自然灾害致损，重新纳入");
        }
    }

    /** The old house left after the owner's new house was built (demolished, empty or still lived in). */
    private void oldHouseHistory(House house, Village village, SplittableRandom random) {
        int year = house.replacedIn;
        LocalDate last = null;
        if (year >= FIRST_DAY.getYear()) {
            last = Draw.date(random, later(FIRST_DAY, LocalDate.of(year - 1, 3, 1)), LocalDate.of(year, 5, 31));
            add(house, house.grade, last, AssessmentKind.APPRAISAL, appraiser(village, random), "改造前评定");
        }
        if (house.occupancy.isLivedIn() || last == null) {
            LocalDate from = last == null ? FIRST_DAY : later(last.plusDays(90), LocalDate.of(2022, 1, 1));
            add(house, house.grade, routineDate(random, from), AssessmentKind.APPRAISAL, appraiser(village, random), "常规排查");
        }
    }

    private void inspect(House house, SplittableRandom random) {
        double p = house.occupancy.isLivedIn() ? 0.93 : house.occupancy == Occupancy.DEMOLISHED ? 0.35 : 0.75;
        if (!Draw.chance(random, p)) {
            return;
        }
        Assessment current = house.currentAssessment();
        LocalDate from = current == null ? FIRST_INSPECTION_DAY : later(current.assessedOn(), FIRST_INSPECTION_DAY);
        house.lastInspectedOn = Draw.date(random, from, LAST_DAY);
    }

    private static void add(House house, SafetyGrade grade, LocalDate date, AssessmentKind kind, String assessor, String note) {
        house.assessments.add(new Assessment(house.code, grade, date, kind, assessor, note));
    }

    /** A routine assessment date on or after {@code notBefore}, in a year drawn from 2019–2024. */
    private static LocalDate routineDate(SplittableRandom random, LocalDate notBefore) {
        if (!notBefore.isBefore(LAST_DAY)) {
            return LAST_DAY;
        }
        double[] weights = ROUTINE_YEAR_WEIGHTS.clone();
        for (int i = 0; i < weights.length; i++) {
            if (FIRST_DAY.getYear() + i < notBefore.getYear()) {
                weights[i] = 0;
            }
        }
        int year = FIRST_DAY.getYear() + Draw.weightedIndex(random, weights);
        return Draw.date(random, later(LocalDate.of(year, 1, 1), notBefore), LocalDate.of(year, 12, 31));
    }

    /** No assessment before the house has stood a few months (and none before 2019). */
    private static LocalDate builtNotBefore(House house) {
        return later(FIRST_DAY, LocalDate.of(house.yearBuilt, 5, 1));
    }

    private static String appraiser(Village village, SplittableRandom random) {
        return Draw.chance(random, 0.6) ? COUNTY_TEAM : village.township().name() + "村镇建设服务中心";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One grade safer; A stays A. */
    private static SafetyGrade better(SafetyGrade grade) {
        return step(grade, -1);
    }

    /** One grade more dangerous; D stays D. */
    private static SafetyGrade worse(SafetyGrade grade) {
        return step(grade, 1);
    }

    private static SafetyGrade step(SafetyGrade grade, int by) {
        int i = SCALE.indexOf(grade);
        return i < 0 ? grade : SCALE.get(Math.max(0, Math.min(SCALE.size() - 1, i + by)));
    }
}
