package org.anju.casework;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.casework.subsidy.SubsidyPreset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the case ledger under {@code anju.casework} (defaults in application.yml, reasons in
 * docs/CASEWORK.md).
 *
 * @param deadlines day counting and the deadlines of seeds 000/002/004
 * @param documents what the archive (一户一档) accepts
 * @param subsidy   the subsidy and area standard in force and the presets to choose from
 */
@ConfigurationProperties("anju.casework")
public record CaseworkProperties(Deadlines deadlines, Documents documents, Subsidy subsidy) {

    public CaseworkProperties {
        if (deadlines == null) {
            deadlines = new Deadlines(null, 3, 7, 8, 7, null, null, false, null, null);
        }
        if (documents == null) {
            documents = new Documents(null, null);
        }
        if (subsidy == null || subsidy.presets() == null || !subsidy.presets().containsKey(subsidy.preset())) {
            throw new IllegalArgumentException("anju.casework.subsidy.preset must name one of anju.casework.subsidy.presets");
        }
    }

    /**
     * @param dayCounting    CALENDAR (default: the seeds say 日, not 工作日) or WORKING
     * @param reportDays     a hazard is reported to the county within this many days of discovery (002: 3)
     * @param assessmentDays the county assesses within this many days of the report (002: 一周 = 7)
     * @param entryDays      start, completion, acceptance and payments are entered within this many days (002: 8)
     * @param dueSoonDays    "due soon" means due within this many days (default 7)
     * @param phasePreset    the year's phase deadlines in force (a key of {@code phasePresets}; none when null)
     * @param phasePresets   phase deadlines by name (Xinjiang 000: complete by 11-30, accept by 12-31; Hunan 004: complete by 07-31)
     * @param extendOverNonWorkingDays CALENDAR only: a deadline falling on a weekend or holiday moves to
     *                       the next working day (民法典 第203条); default false
     * @param holidays       statutory holidays (法定节假日), counted as non-working days
     * @param makeUpWorkingDays weekend days that are working days (调休上班)
     */
    public record Deadlines(DayCounting dayCounting, int reportDays, int assessmentDays, int entryDays, int dueSoonDays,
                            String phasePreset, Map<String, List<Phase>> phasePresets, boolean extendOverNonWorkingDays,
                            Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

        public Deadlines {
            dayCounting = dayCounting == null ? DayCounting.CALENDAR : dayCounting;
            phasePresets = phasePresets == null ? Map.of() : Map.copyOf(phasePresets);
            holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
            makeUpWorkingDays = makeUpWorkingDays == null ? Set.of() : Set.copyOf(makeUpWorkingDays);
            if (phasePreset != null && !phasePreset.isBlank() && !phasePresets.containsKey(phasePreset)) {
                throw new IllegalArgumentException("anju.casework.deadlines.phase-preset '" + phasePreset
                        + "' is not among phase-presets");
            }
        }

        /** The phases in force, empty when none is configured. */
        public List<Phase> phases() {
            return phasePreset == null || phasePreset.isBlank() ? List.of() : phasePresets.get(phasePreset);
        }
    }

    /**
     * A phase deadline of the year: cases must have reached {@code state} by {@code by} (e.g. --11-30).
     *
     * @param name  e.g. "全面排查改造阶段"
     * @param state COMPLETED or ACCEPTED
     * @param by    month and day, e.g. {@code --11-30}
     */
    public record Phase(String name, CaseState state, MonthDay by) {
    }

    /**
     * @param maxSize      largest file accepted (default 20MB)
     * @param allowedTypes content types accepted (checked against the file's first bytes)
     */
    public record Documents(DataSize maxSize, Set<String> allowedTypes) {

        public Documents {
            maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
            allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                    ? Set.of("application/pdf", "image/jpeg", "image/png") : Set.copyOf(allowedTypes);
        }
    }

    /**
     * @param preset  the standard in force (a key of {@code presets})
     * @param presets standards by name
     */
    public record Subsidy(String preset, Map<String, SubsidyPreset> presets) {

        public SubsidyPreset active() {
            return presets.get(preset);
        }
    }
}
