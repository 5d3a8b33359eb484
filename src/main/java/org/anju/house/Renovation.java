package org.anju.house;

import java.math.BigDecimal;

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

/** One past renovation of a house, with the subsidy paid (yuan) and where the money came from. */
@Entity
@Table(name = "renovation")
public class Renovation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "house_id")
    private Long houseId;

    @Column(name = "renovated_year")
    private short year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RenovationMethod method;

    @Column(name = "subsidy_yuan")
    private BigDecimal subsidyYuan;

    @Column(name = "funding_source")
    private String fundingSource;

    protected Renovation() {
    }

    public Renovation(Long houseId, int year, RenovationMethod method, BigDecimal subsidyYuan, String fundingSource) {
        this.houseId = houseId;
        this.year = (short) year;
        this.method = method;
        this.subsidyYuan = subsidyYuan;
        this.fundingSource = fundingSource;
    }
}
