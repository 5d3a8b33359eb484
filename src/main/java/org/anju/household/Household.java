package org.anju.household;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.anju.system.VersionedRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 农户: a rural household, the set of target categories it belongs to and its primary category
 * (derived, see {@link TargetCategory#primaryOf}). It lives in at most one house
 * ({@code residenceHouseId}) and may own several (house.owner_household_id) — a household that
 * built a new house and still lives in the old dangerous one (建新不拆旧) owns both and resides in
 * the old one. ID number and phone are stored in full and leave the service only masked.
 */
@Entity
@Table(name = "household")
public class Household extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "id_number")
    private String idNumber;

    private String phone;

    private short members;

    @Column(name = "village_code")
    private String villageCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_category", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<TargetCategory> categories = EnumSet.noneOf(TargetCategory.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "primary_category")
    private TargetCategory primaryCategory;

    @Column(name = "disabled_member")
    private boolean disabledMember;

    @Column(name = "military_family")
    private boolean militaryFamily;

    private boolean veteran;

    @Column(name = "elderly_alone")
    private boolean elderlyAlone;

    @Column(name = "residence_house_id")
    private Long residenceHouseId;

    protected Household() {
    }

    Household(String code) {
        this.code = code;
    }

    void apply(HouseholdForm form, Long residenceId) {
        headName = form.headName();
        idNumber = form.idNumber();
        phone = form.phone();
        members = form.members().shortValue();
        villageCode = form.villageCode();
        categories.clear();
        categories.addAll(form.categories());
        primaryCategory = TargetCategory.primaryOf(categories).orElse(null);
        disabledMember = form.disabledMember();
        militaryFamily = form.militaryFamily();
        veteran = form.veteran();
        elderlyAlone = form.elderlyAlone();
        residenceHouseId = residenceId;
    }

    public Long getId() {
        return id;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getCode() {
        return code;
    }

    public TargetCategory getPrimaryCategory() {
        return primaryCategory;
    }
}
