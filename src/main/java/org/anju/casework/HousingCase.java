package org.anju.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.system.VersionedRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One case of the ledger (动态清零台账): a household and its dangerous house (none for 无房户), the
 * state, the dates of the milestones of the current cycle and the facts the subsidy depends on.
 * Changed only by {@link CaseLedger}; the {@code version} makes concurrent changes fail with 409
 * instead of overwriting each other.
 */
@Entity
@Table(name = "casework_case")
public class HousingCase extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "house_id")
    private Long houseId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "village_code")
    private String villageCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Programme programme = Programme.DANGEROUS_HOUSE;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseState state;

    private short cycle = 1;

    @Column(name = "open_house_id")
    private Long openHouseId;

    @Column(name = "open_household_id")
    private Long openHouseholdId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SafetyGrade grade;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RenovationMethod method;

    @Column(name = "planned_floor_area")
    private BigDecimal plannedFloorArea;

    @Column(name = "cost_yuan")
    private BigDecimal costYuan;

    @Column(name = "approved_yuan")
    private BigDecimal approvedYuan;

    @Column(name = "in_disaster_rebuild")
    private boolean inDisasterRebuild;

    @Column(name = "household_split_on")
    private LocalDate householdSplitOn;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "discovered_on")
    private LocalDate discoveredOn;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "deadline_on")
    private LocalDate deadlineOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "deadline_rule")
    private DeadlineRule deadlineRule;

    protected HousingCase() {
    }

    HousingCase(Long houseId, Long householdId, String villageCode, Programme programme, CaseState state,
                LocalDate discoveredOn, LocalDate reportedOn) {
        this.houseId = houseId;
        this.householdId = householdId;
        this.villageCode = villageCode;
        this.programme = programme;
        this.state = state;
        this.discoveredOn = discoveredOn;
        this.reportedOn = reportedOn;
        this.openHouseId = houseId;
        this.openHouseholdId = householdId;
    }

    /** Moves to {@code next} after {@code action} on {@code day}, keeping the milestone dates. */
    void move(CaseAction action, CaseState next, LocalDate day) {
        switch (action) {
            case ASSESS -> assessedOn = day;
            case COUNTY_APPROVE -> approvedOn = day;
            case START -> startedOn = day;
            case COMPLETE -> completedOn = day;
            case ACCEPT -> acceptedOn = day;
            case PAY_BALANCE -> paidOn = day;
            case REOPEN -> startNewCycle(day);
            default -> {
            }
        }
        state = next;
        if (next.ended()) {
            endedOn = day;
            openHouseId = null;
            openHouseholdId = null;
        }
    }

    private void startNewCycle(LocalDate day) {
        cycle++;
        discoveredOn = day;
        reportedOn = LocalDate.now();
        assessedOn = approvedOn = startedOn = completedOn = acceptedOn = paidOn = endedOn = null;
        grade = null;
        method = null;
        plannedFloorArea = null;
        costYuan = null;
        approvedYuan = null;
        rejectionReason = null;
        openHouseId = houseId;
        openHouseholdId = householdId;
    }

    void applyDetails(CaseDetails details) {
        if (details.method() != null) {
            method = details.method();
        }
        if (details.programme() != null) {
            programme = details.programme();
        }
        plannedFloorArea = details.plannedFloorArea();
        costYuan = details.costYuan();
        approvedYuan = details.approvedYuan();
        inDisasterRebuild = details.inDisasterRebuild();
        householdSplitOn = details.householdSplitOn();
    }

    void grade(SafetyGrade grade) {
        this.grade = grade;
    }

    void assessedOn(LocalDate day) {
        this.assessedOn = day;
    }

    void method(RenovationMethod method) {
        this.method = method;
    }

    void rejectionReason(String reason) {
        this.rejectionReason = reason;
    }

    void deadline(Deadline deadline) {
        deadlineOn = deadline == null ? null : deadline.dueOn();
        deadlineRule = deadline == null ? null : deadline.rule();
    }

    public Long getId() {
        return id;
    }

    public Long getHouseId() {
        return houseId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Programme getProgramme() {
        return programme;
    }

    public CaseState getState() {
        return state;
    }

    public int getCycle() {
        return cycle;
    }

    public SafetyGrade getGrade() {
        return grade;
    }

    public RenovationMethod getMethod() {
        return method;
    }

    public BigDecimal getPlannedFloorArea() {
        return plannedFloorArea;
    }

    public BigDecimal getCostYuan() {
        return costYuan;
    }

    public BigDecimal getApprovedYuan() {
        return approvedYuan;
    }

    public boolean isInDisasterRebuild() {
        return inDisasterRebuild;
    }

    public LocalDate getHouseholdSplitOn() {
        return householdSplitOn;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
