package org.anju.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.anju.casework.subsidy.SubsidyAssessment;
import org.anju.casework.subsidy.SubsidyCheck;
import org.anju.house.RenovationMethod;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of the sample county at work (gis-data/README.md): one case for every C/D house (not
 * demolished) where a target household lives, as {@code open-missing} would open them, plus two
 * households without a house, each moved through the ledger's own transitions with the documents
 * each step requires (small generated PDFs and PNGs) up to a planned state. The dates are counted
 * back from the load day so that the service's {@link Deadlines} put most cases on time, some due
 * within a week and a few overdue. Deterministic for a given seed and load day.
 */
@Service
public class SampleCases {

    static final Actor ACTOR = new Actor("示例数据（县住建局）");

    /** Planned states and their weights (the first case of each state comes first, so every state occurs). */
    private static final Map<CaseState, Integer> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseState.ASSESSED, 10), Map.entry(CaseState.APPLIED, 8), Map.entry(CaseState.VILLAGE_REVIEWED, 7),
            Map.entry(CaseState.TOWNSHIP_AUDITED, 7), Map.entry(CaseState.COUNTY_APPROVED, 8),
            Map.entry(CaseState.PUBLICISED, 7), Map.entry(CaseState.NOTIFIED, 7),
            Map.entry(CaseState.UNDER_CONSTRUCTION, 18), Map.entry(CaseState.COMPLETED, 10),
            Map.entry(CaseState.ACCEPTED, 8), Map.entry(CaseState.PAID, 4), Map.entry(CaseState.CLOSED, 6),
            Map.entry(CaseState.REJECTED, 2)));

    /** The main path after opening (a C/D house opens as ASSESSED). */
    private static final List<CaseAction> PATH = List.of(CaseAction.APPLY, CaseAction.VILLAGE_REVIEW,
            CaseAction.TOWNSHIP_AUDIT, CaseAction.COUNTY_APPROVE, CaseAction.PUBLICISE, CaseAction.NOTIFY,
            CaseAction.START, CaseAction.COMPLETE, CaseAction.ACCEPT, CaseAction.PAY_BALANCE, CaseAction.CLOSE);

    private enum Timeliness { ON_TIME, DUE_SOON, OVERDUE }

    private final CaseLedger ledger;
    private final CaseDocuments documents;
    private final CaseSubsidies subsidies;
    private final Deadlines deadlines;
    private final NamedParameterJdbcTemplate jdbc;

    SampleCases(CaseLedger ledger, CaseDocuments documents, CaseSubsidies subsidies, Deadlines deadlines,
                NamedParameterJdbcTemplate jdbc) {
        this.ledger = ledger;
        this.documents = documents;
        this.subsidies = subsidies;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    /** The load day, as the ledger counts it. */
    public LocalDate today() {
        return ledger.today();
    }

    /** Opens and moves the sample cases; returns the number of cases by state. */
    @Transactional
    public Map<CaseState, Integer> create(long seed) {
        Random random = new Random(seed);
        LocalDate today = today();
        List<String> houses = new ArrayList<>(jdbc.queryForList("""
                SELECT h.code FROM house h
                WHERE h.grade IN ('C', 'D') AND h.occupancy <> 'DEMOLISHED'
                  AND EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                ORDER BY h.code
                """, Map.of(), String.class));
        Collections.shuffle(houses, random);
        List<CaseState> plan = plan(houses.size(), random);
        Map<CaseState, Integer> made = new EnumMap<>(CaseState.class);
        for (int i = 0; i < houses.size(); i++) {
            CaseState state = plan.get(i);
            CaseState reached = drive(houses.get(i), state, random, today);
            made.merge(reached, 1, Integer::sum);
        }
        List<String> homeless = jdbc.queryForList("""
                SELECT r.code FROM household r
                WHERE r.primary_category IS NOT NULL AND r.residence_house_id IS NULL
                ORDER BY r.code FETCH FIRST 2 ROWS ONLY
                """, Map.of(), String.class);
        for (String household : homeless) {
            HousingCase c = ledger.open(null, household, Programme.DANGEROUS_HOUSE, today.minusDays(30 + random.nextInt(30)),
                    "无房户，村委会上报", ACTOR);
            LocalDate day = today.minusDays(1 + random.nextInt(10));
            upload(c, DocumentKind.WITHDRAWAL_CONFIRMATION, household);
            ledger.transition(c.getId(), form(CaseAction.WITHDRAW, c, day, "投亲靠友，已自行解决住房"), ACTOR);
            made.merge(CaseState.WITHDRAWN, 1, Integer::sum);
        }
        return made;
    }

    private static List<CaseState> plan(int cases, Random random) {
        List<CaseState> plan = new ArrayList<>(WEIGHTS.keySet());
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        while (plan.size() < cases) {
            int pick = random.nextInt(total);
            for (Map.Entry<CaseState, Integer> e : WEIGHTS.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    plan.add(e.getKey());
                    break;
                }
            }
        }
        return plan.subList(0, cases);
    }

    /**
     * Opens the case of the house (ASSESSED: the house is graded C/D) and moves it along the main path
     * to {@code target}; returns the state reached.
     */
    private CaseState drive(String house, CaseState target, Random random, LocalDate today) {
        boolean reject = target == CaseState.REJECTED;
        CaseState goal = reject ? CaseState.TOWNSHIP_AUDITED : target;
        List<CaseAction> steps = new ArrayList<>();
        for (CaseAction action : PATH) {
            if (CaseTransitions.of(action).orElseThrow().to().compareTo(goal) > 0) {
                break;
            }
            steps.add(action);
        }
        List<LocalDate> days = days(steps, goal, random, today);
        LocalDate first = days.isEmpty() ? today.minusDays(random.nextInt(40)) : days.get(0);
        HousingCase c = ledger.open(house, null, Programme.DANGEROUS_HOUSE, first.minusDays(3 + random.nextInt(25)),
                "入户排查发现，由县住建局建档", ACTOR);
        upload(c, DocumentKind.GRADE_ASSESSMENT, house);
        HousingCase current = c;
        for (int i = 0; i < steps.size(); i++) {
            CaseAction action = steps.get(i);
            if (action == CaseAction.COUNTY_APPROVE && blocked(current)) {
                return reject(current, days.get(i), "另有安全住房或不符合补助条件，县级联合审核不予支持");
            }
            if (action == CaseAction.PAY_BALANCE && subsidies.of(current).amountYuan() == null) {
                return current.getState();
            }
            for (DocumentKind kind : CaseTransitions.of(action).orElseThrow().documents()) {
                if (!ledger.documentKinds(current).contains(kind)) {
                    upload(current, kind, house);
                }
            }
            BigDecimal amount = action == CaseAction.PAY_BALANCE ? subsidies.of(current).amountYuan() : null;
            current = ledger.transition(current.getId(), form(action, current, days.get(i), note(action), amount), ACTOR);
        }
        if (reject) {
            LocalDate day = today.minusDays(random.nextInt(20));
            LocalDate last = days.isEmpty() ? day : days.get(days.size() - 1);
            return reject(current, day.isBefore(last) ? last : day, "经联合审核，该户家庭经济条件较好，不予支持");
        }
        return current.getState();
    }

    private CaseState reject(HousingCase c, LocalDate day, String reason) {
        LocalDate on = day.isBefore(c.getDiscoveredOn()) ? c.getDiscoveredOn() : day;
        TransitionForm form = new TransitionForm(CaseAction.REJECT, c.getVersion(), on, null, reason, null, null, null,
                null, null);
        return ledger.transition(c.getId(), form, ACTOR).getState();
    }

    private boolean blocked(HousingCase c) {
        SubsidyAssessment subsidy = subsidies.of(c);
        return subsidy.checks().stream().anyMatch(check -> check.severity() == SubsidyCheck.Severity.BLOCKING);
    }

    /**
     * The day of each step, oldest first, ending a few days (or, to meet the planned timeliness, up to
     * a year) before today: the shift back is drawn among those for which {@link Deadlines#next} gives
     * the planned timeliness (80 % on time, 12 % due within a week, 8 % overdue), with the steps a day
     * apart when the drawn gaps allow none; failing that on time or due soon; failing that (e.g. in the
     * week before a phase deadline, when every case before completion is due soon) any shift.
     */
    private List<LocalDate> days(List<CaseAction> steps, CaseState goal, Random random, LocalDate today) {
        int[] gaps = new int[steps.size()];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = 2 + random.nextInt(12);
        }
        double draw = random.nextDouble();
        Timeliness wanted = draw < 0.8 ? Timeliness.ON_TIME : draw < 0.92 ? Timeliness.DUE_SOON : Timeliness.OVERDUE;
        for (Timeliness acceptable : wanted == Timeliness.OVERDUE ? List.of(Timeliness.OVERDUE)
                : List.of(wanted, Timeliness.ON_TIME, Timeliness.DUE_SOON)) {
            for (int[] tried : List.of(gaps, tight(gaps))) {
                List<Integer> fitting = new ArrayList<>();
                for (int shift = 0; shift <= 330; shift++) {
                    if (timeliness(goal, layout(steps, tried, today.minusDays(shift)), today) == acceptable) {
                        fitting.add(shift);
                    }
                }
                if (!fitting.isEmpty()) {
                    return layout(steps, tried, today.minusDays(fitting.get(random.nextInt(fitting.size()))));
                }
            }
        }
        return layout(steps, gaps, today.minusDays(random.nextInt(20)));
    }

    /** The same steps one day apart: a case that went through quickly. */
    private static int[] tight(int[] gaps) {
        int[] tight = new int[gaps.length];
        java.util.Arrays.fill(tight, 1);
        return tight;
    }

    private static List<LocalDate> layout(List<CaseAction> steps, int[] gaps, LocalDate last) {
        List<LocalDate> days = new ArrayList<>(Collections.nCopies(steps.size(), last));
        LocalDate day = last;
        for (int i = steps.size() - 1; i >= 0; i--) {
            days.set(i, day);
            day = day.minusDays(gaps[i]);
        }
        return days;
    }

    private Timeliness timeliness(CaseState goal, List<LocalDate> days, LocalDate today) {
        LocalDate approved = null;
        LocalDate accepted = null;
        for (int i = 0; i < days.size(); i++) {
            CaseAction action = PATH.get(i);
            approved = action == CaseAction.COUNTY_APPROVE ? days.get(i) : approved;
            accepted = action == CaseAction.ACCEPT ? days.get(i) : accepted;
        }
        Deadline next = deadlines.next(goal, today, approved, accepted);
        if (next == null || next.dueOn().isAfter(today.plusDays(deadlines.dueSoonDays()))) {
            return Timeliness.ON_TIME;
        }
        return next.dueOn().isBefore(today) ? Timeliness.OVERDUE : Timeliness.DUE_SOON;
    }

    private static TransitionForm form(CaseAction action, HousingCase c, LocalDate day, String note) {
        return form(action, c, day, note, null);
    }

    /** @param centralYuan the amount paid (PAY_BALANCE: the whole subsidy, from central and provincial funds) */
    private static TransitionForm form(CaseAction action, HousingCase c, LocalDate day, String note,
                                       BigDecimal centralYuan) {
        BigDecimal amount = centralYuan;
        return new TransitionForm(action, c.getVersion(), day, note, null,
                action == CaseAction.APPLY ? RenovationMethod.REPAIR_STRENGTHEN : null, amount, null, null, null);
    }

    private static String note(CaseAction action) {
        return switch (action) {
            case APPLY -> "农户书面申请修缮加固";
            case VILLAGE_REVIEW -> "村民代表会议评议通过";
            case TOWNSHIP_AUDIT -> "乡镇审核通过";
            case COUNTY_APPROVE -> "县级联合审核通过";
            case PUBLICISE -> "县乡村三级公示7日无异议";
            case NOTIFY -> "已函告农户";
            case START -> "签订三方服务协议，开工";
            case COMPLETE -> "质量安全巡查合格，竣工";
            case ACCEPT -> "竣工验收合格，基本安全";
            case PAY_BALANCE -> "补助资金一次性拨付到户";
            case CLOSE -> "资料齐全，销号";
            default -> null;
        };
    }

    private void upload(HousingCase c, DocumentKind kind, String code) {
        String name = code + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        documents.upload(c.getId(), kind.name(), kind == DocumentKind.PHOTO
                ? PlaceholderFiles.photo(name + ".png", code)
                : PlaceholderFiles.pdf(name + ".pdf", kind.name() + " " + code + " (sample, synthetic)"), null, ACTOR);
    }
}
