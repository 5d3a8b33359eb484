package org.anju.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;

/** A county, township (乡镇) or village (行政村), identified by its statistical division code. */
@Entity
@Table(name = "admin_area")
public class AdminArea {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AreaLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    private MultiPolygon boundary;

    protected AdminArea() {
    }

    public AdminArea(String code, String name, AreaLevel level, String parentCode, MultiPolygon boundary) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
        this.boundary = boundary;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AreaLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }
}
