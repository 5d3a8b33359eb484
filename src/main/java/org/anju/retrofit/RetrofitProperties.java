package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the seismic-retrofit candidate search (农房抗震改造试点), under {@code anju.retrofit}.
 * The rules deciding that a house "does not meet the local seismic standard" are data — see
 * application.yml for the defaults and docs/RETROFIT.md for why they are what they are.
 *
 * @param minIntensity   smallest design intensity (degrees) of the zones searched (default 7)
 * @param targetOnly     only houses where a household of the six categories lives (default true)
 * @param rules          a house meets none of the standard when ANY rule matches
 * @param subsidyPreset  the default subsidy preset
 * @param subsidyPresets subsidy per house (yuan) by preset name, with its source
 */
@ConfigurationProperties("anju.retrofit")
public record RetrofitProperties(int minIntensity, boolean targetOnly, List<Rule> rules, String subsidyPreset,
                                 Map<String, Subsidy> subsidyPresets) {

    public RetrofitProperties {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("anju.retrofit.rules: at least one rule is needed");
        }
        if (subsidyPresets == null || !subsidyPresets.containsKey(subsidyPreset)) {
            throw new IllegalArgumentException("anju.retrofit.subsidy-preset '" + subsidyPreset
                    + "' is not among anju.retrofit.subsidy-presets");
        }
    }

    /**
     * One reason a house does not meet the seismic standard; every given condition must hold.
     *
     * @param name            shown as the reason (zh-CN)
     * @param structures      structure is one of these (empty: any)
     * @param seismicMeasures ring beams/tie columns status is one of these (empty: any)
     * @param builtBefore     built before this year (null: any; unknown year counts as before)
     * @param minStoreys      at least this many storeys (null: any)
     */
    public record Rule(String name, Set<StructureType> structures, Set<SeismicMeasures> seismicMeasures,
                       Integer builtBefore, Integer minStoreys) {

        public Rule {
            structures = structures == null ? Set.of() : Set.copyOf(structures);
            seismicMeasures = seismicMeasures == null ? Set.of() : Set.copyOf(seismicMeasures);
        }
    }

    /** @param perHouseYuan subsidy per house in yuan; @param source where the figure comes from */
    public record Subsidy(BigDecimal perHouseYuan, String source) {
    }
}
