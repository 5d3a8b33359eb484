package org.anju.retrofit;

import java.util.List;

import org.anju.system.ReadsQueryParameters;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抗震改造候选区域对比: two areas a planner picked or drew, side by side. */
@RestController
class RetrofitComparisonController {

    private final RetrofitCandidates candidates;
    private final RetrofitProperties settings;

    RetrofitComparisonController(RetrofitCandidates candidates, RetrofitProperties settings) {
        this.candidates = candidates;
        this.settings = settings;
    }

    /**
     * Area A from {@code a.village}, {@code a.township}, {@code a.bbox}, {@code a.within} (WKT or
     * GeoJSON polygon), area B the same with {@code b.}; the criteria ({@code min_intensity},
     * {@code households}, {@code include_unassessed}, {@code raster}, {@code min_value}) and the
     * subsidy {@code preset} apply to both. 400 when a side names no area.
     */
    @ReadsQueryParameters(from = RetrofitQuery.class, names = {"a.village", "a.township", "a.bbox", "a.within",
            "b.village", "b.township", "b.bbox", "b.within"})
    @GetMapping("/api/retrofit/comparison")
    @Transactional(readOnly = true)
    RetrofitComparison compare(@RequestParam MultiValueMap<String, String> params) {
        List<RetrofitQuery> sides = RetrofitQuery.sides(params, settings);
        return candidates.compare(sides.get(0), sides.get(1));
    }
}
