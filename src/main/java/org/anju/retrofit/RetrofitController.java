package org.anju.retrofit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.area.VillageLocations;
import org.anju.export.DownloadLanguage;
import org.anju.export.ExportDownload;
import org.anju.system.ReadsQueryParameters;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 农房抗震改造试点: candidate houses, ranked villages and townships, budget; and the list as files. */
@RestController
@RequestMapping("/api/retrofit/candidates")
class RetrofitController {

    private final RetrofitCandidates candidates;
    private final RetrofitProperties settings;
    private final VillageLocations villageLocations;
    private final MessageSource messages;

    RetrofitController(RetrofitCandidates candidates, RetrofitProperties settings, VillageLocations villageLocations,
                       MessageSource messages) {
        this.candidates = candidates;
        this.settings = settings;
        this.villageLocations = villageLocations;
        this.messages = messages;
    }

    /**
     * Filters: {@code min_intensity} (6–9), {@code households=target|all}, {@code include_unassessed},
     * and the map's filter on the houses ({@code grade}, {@code occupancy}, {@code structure},
     * {@code category}, {@code target_household}, {@code priority}); where: {@code village},
     * {@code township}, {@code bbox}, {@code within} (an area drawn on the map, WKT or GeoJSON polygon;
     * see {@link RetrofitArea}); {@code preset} chooses the subsidy preset; {@code budget_wan} a budget
     * in 万元, whose villages the answer marks ({@link BudgetFit}).
     */
    @ReadsQueryParameters(from = RetrofitQuery.class)
    @GetMapping
    @Transactional(readOnly = true)
    RetrofitSummary summary(@RequestParam MultiValueMap<String, String> params) {
        return candidates.summarize(RetrofitQuery.from(params, settings));
    }

    /** The candidate houses as csv, xlsx, geojson, kml, gpkg or shp.zip (same filters). */
    @ReadsQueryParameters(from = RetrofitQuery.class, names = "sheet_per_township")
    @GetMapping("/targets.{format}")
    @Transactional(readOnly = true)
    void targets(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                 HttpServletResponse response) throws IOException {
        RetrofitQuery query = RetrofitQuery.from(params, settings);
        boolean sheetPerTownship = "true".equalsIgnoreCase(params.getFirst("sheet_per_township"));
        ExportDownload.send(response, format, RetrofitTargetList.schema(), sheetPerTownship, "抗震改造候选农房",
                writer -> candidates.targets(query, writer::write));
    }

    /**
     * The ranked villages with candidates, share, density, budget, the running total and whether the
     * {@code budget_wan} pays for each (same filters and preset) as csv, xlsx, geojson, kml, gpkg,
     * shp.zip or fgb, each at a point inside its boundary; headers in the language of {@code lang}
     * ({@code zh-CN}, {@code en}; default: {@code Accept-Language}).
     */
    @ReadsQueryParameters(from = RetrofitQuery.class, names = {"sheet_per_township", DownloadLanguage.PARAMETER})
    @GetMapping("/villages.{format}")
    @Transactional(readOnly = true)
    void villages(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                  HttpServletResponse response) throws IOException {
        ExportDownload.format(format);
        RetrofitVillageList list = new RetrofitVillageList(messages,
                DownloadLanguage.apply(params.getFirst(DownloadLanguage.PARAMETER)));
        RetrofitSummary summary = candidates.summarize(RetrofitQuery.from(params, settings));
        var locations = villageLocations.of(summary.villages().stream().map(RetrofitSummary.ByArea::code).toList());
        boolean sheetPerTownship = "true".equalsIgnoreCase(params.getFirst("sheet_per_township"));
        ExportDownload.send(response, format, list.schema(), sheetPerTownship, list.title(),
                writer -> list.write(summary, locations, writer::write));
    }
}
