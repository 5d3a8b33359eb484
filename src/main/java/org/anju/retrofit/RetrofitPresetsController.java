package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a planner may choose for the retrofit candidates: the subsidy presets with their amount per
 * house and source, and the defaults the candidates use when nothing is chosen. Configuration only,
 * no data: every account may read it.
 */
@RestController
class RetrofitPresetsController {

    private final RetrofitProperties settings;

    RetrofitPresetsController(RetrofitProperties settings) {
        this.settings = settings;
    }

    /**
     * @param defaultPreset     the preset used without {@code preset=}
     * @param minIntensity      the design intensity used without {@code min_intensity=}
     * @param targetOnly        whether only target households count without {@code households=}
     * @param presets           each preset, in configuration order
     */
    record RetrofitChoices(String defaultPreset, int minIntensity, boolean targetOnly, List<Preset> presets) {
    }

    /** @param name the value of {@code preset=}; @param perHouseYuan the subsidy per house; @param source its source */
    record Preset(String name, BigDecimal perHouseYuan, String source) {
    }

    @GetMapping("/api/retrofit/presets")
    RetrofitChoices presets() {
        List<Preset> presets = settings.subsidyPresets().entrySet().stream()
                .map(e -> new Preset(e.getKey(), e.getValue().perHouseYuan(), e.getValue().source())).toList();
        return new RetrofitChoices(settings.subsidyPreset(), settings.minIntensity(), settings.targetOnly(), presets);
    }
}
