package org.anju.house;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One safety-grade assessment of a house (评定 or 鉴定); the history is never overwritten. */
@Entity
@Table(name = "house_assessment")
public class HouseAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "house_id")
    private Long houseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SafetyGrade grade;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AssessmentKind kind;

    private String assessor;

    private String note;

    protected HouseAssessment() {
    }

    public HouseAssessment(Long houseId, SafetyGrade grade, LocalDate assessedOn, AssessmentKind kind,
                           String assessor, String note) {
        this.houseId = houseId;
        this.grade = grade;
        this.assessedOn = assessedOn;
        this.kind = kind;
        this.assessor = assessor;
        this.note = note;
    }

    public SafetyGrade getGrade() {
        return grade;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public String getAssessor() {
        return assessor;
    }
}
