package org.anju.house;

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
import org.anju.system.VersionedRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * 农房: a rural house with its location (CGCS2000), current safety grade and occupancy.
 * The grade history is in {@link HouseAssessment}, the renovation history in {@link Renovation};
 * the owner is a household ({@code ownerHouseholdId}), the residents are the households whose
 * residence is this house.
 */
@Entity
@Table(name = "house")
public class House extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "village_code")
    private String villageCode;

    private Point location;

    private Polygon footprint;

    private String address;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private StructureType structure = StructureType.OTHER;

    private Short storeys;

    @Column(name = "year_built")
    private Short yearBuilt;

    @Column(name = "floor_area")
    private BigDecimal floorArea;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "seismic_measures")
    private SeismicMeasures seismicMeasures = SeismicMeasures.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SafetyGrade grade = SafetyGrade.UNASSESSED;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "assessment_kind")
    private AssessmentKind assessmentKind;

    private String assessor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Occupancy occupancy;

    @Column(name = "last_inspected_on")
    private LocalDate lastInspectedOn;

    @Column(name = "owner_household_id")
    private Long ownerHouseholdId;

    protected House() {
    }

    public House(String code) {
        this.code = code;
    }

    /** Copies every editable attribute from the form (all of them: PUT replaces the record). */
    void apply(HouseForm form, Long ownerId) {
        villageCode = form.villageCode();
        location = form.location();
        footprint = form.footprint();
        address = form.address();
        structure = form.structure();
        storeys = form.storeys() == null ? null : form.storeys().shortValue();
        yearBuilt = form.yearBuilt() == null ? null : form.yearBuilt().shortValue();
        floorArea = form.floorArea();
        seismicMeasures = form.seismicMeasures();
        grade = form.grade();
        assessedOn = form.assessedOn();
        assessmentKind = form.assessmentKind();
        assessor = form.assessor();
        occupancy = form.occupancy();
        lastInspectedOn = form.lastInspectedOn();
        ownerHouseholdId = ownerId;
    }

    /** Makes {@code assessment} the current grade when it is the newest one. */
    void takeGradeFrom(HouseAssessment assessment) {
        if (assessedOn == null || !assessment.getAssessedOn().isBefore(assessedOn)) {
            grade = assessment.getGrade();
            assessedOn = assessment.getAssessedOn();
            assessmentKind = assessment.getKind();
            assessor = assessment.getAssessor();
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Point getLocation() {
        return location;
    }

    public SafetyGrade getGrade() {
        return grade;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public AssessmentKind getAssessmentKind() {
        return assessmentKind;
    }

    public String getAssessor() {
        return assessor;
    }

    public Occupancy getOccupancy() {
        return occupancy;
    }
}
