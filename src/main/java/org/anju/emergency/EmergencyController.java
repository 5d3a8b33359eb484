package org.anju.emergency;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.area.VillageLocations;
import org.anju.export.DownloadLanguage;
import org.anju.export.ExportDownload;
import org.springframework.transaction.annotation.Transactional;
import org.anju.geo.FeatureCollectionWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 应急排查: what a disaster hit, and the prioritised list of houses to check, as data or as files. */
@RestController
@RequestMapping("/api/disasters/{id}/affected")
class EmergencyController {

    private final AffectedHouses affected;
    private final VillageLocations villageLocations;

    EmergencyController(AffectedHouses affected, VillageLocations villageLocations) {
        this.affected = affected;
        this.villageLocations = villageLocations;
    }

    /** Totals, by severity class, by township, and villages ranked for checking. */
    @GetMapping
    @Transactional(readOnly = true)
    AffectedSummary summary(@PathVariable long id, @RequestParam(defaultValue = "0") double buffer) {
        return affected.summarize(id, buffer);
    }

    /**
     * The footprint widened by {@code buffer} metres, one GeoJSON feature per part with its severity:
     * what the map draws around the event (the houses are found by distance, see the summary).
     */
    @GetMapping(path = "/buffer", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    void buffer(@PathVariable long id, @RequestParam(defaultValue = "0") double buffer, HttpServletResponse response)
            throws IOException {
        AffectedHouses.Area area = affected.area(id, buffer);
        response.setContentType("application/geo+json");
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> { });
            affected.bufferedParts(area, out::writeRow);
            out.finish(json -> { });
        }
    }

    /**
     * The target list as csv, xlsx, geojson, kml, kmz, gpkg, shp.zip or fgb, streamed as it is read.
     * {@code sheet_per_township=true} gives one XLSX sheet per township; {@code max_priority=4} only
     * priorities 1–4 ({@link MaxPriority}); {@code lang=en} English words and placemark names.
     */
    @GetMapping("/targets.{format}")
    @Transactional(readOnly = true)
    void targets(@PathVariable long id, @PathVariable String format, @RequestParam(defaultValue = "0") double buffer,
                 @RequestParam(name = "sheet_per_township", defaultValue = "false") boolean sheetPerTownship,
                 @Parameter(description = MaxPriority.DESCRIPTION,
                         schema = @Schema(type = "integer", minimum = "1", maximum = "5"))
                 @RequestParam(name = MaxPriority.PARAMETER, required = false) String maxPriority,
                 @RequestParam(name = DownloadLanguage.PARAMETER, required = false) String lang,
                 HttpServletResponse response) throws IOException {
        ExportDownload.format(format);
        MaxPriority max = MaxPriority.parse(maxPriority);
        DownloadLanguage.apply(lang);
        AffectedHouses.Area area = affected.area(id, buffer);
        TargetList list = affected.targetList(area);
        ExportDownload.send(response, format, list.schema("应急排查目标清单"), sheetPerTownship,
                "应急排查目标清单-" + area.event().name(), writer -> affected.targets(area, max, list, writer::write));
    }

    /**
     * The villages in the order to check them (the summary's ranking) as csv, xlsx, geojson, kml,
     * gpkg, shp.zip or fgb, each at a point inside its boundary. {@code sheet_per_township=true}
     * gives one XLSX sheet per township.
     */
    @GetMapping("/villages.{format}")
    @Transactional(readOnly = true)
    void villages(@PathVariable long id, @PathVariable String format, @RequestParam(defaultValue = "0") double buffer,
                  @RequestParam(name = "sheet_per_township", defaultValue = "false") boolean sheetPerTownship,
                  HttpServletResponse response) throws IOException {
        ExportDownload.format(format);
        AffectedSummary summary = affected.summarize(id, buffer);
        var locations = villageLocations.of(summary.villages().stream().map(AffectedSummary.ByArea::code).toList());
        ExportDownload.send(response, format, AffectedVillageList.schema(), sheetPerTownship,
                "受灾村排查顺序-" + summary.event().name(),
                writer -> AffectedVillageList.write(summary, locations, writer::write));
    }
}
