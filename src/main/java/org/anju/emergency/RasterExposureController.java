package org.anju.emergency;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.export.DownloadLanguage;
import org.anju.export.ExportDownload;
import org.anju.system.EnumLabels;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 应急排查 from a hazard raster: {@code classes} are ascending bounds, e.g. water depth {@code 0.5,1.5}. */
@RestController
@RequestMapping("/api/hazard-rasters/{id}/affected")
class RasterExposureController {

    private final RasterExposure exposure;
    private final EnumLabels labels;

    RasterExposureController(RasterExposure exposure, EnumLabels labels) {
        this.exposure = exposure;
        this.labels = labels;
    }

    @GetMapping
    @Transactional(readOnly = true)
    AffectedSummary summary(@PathVariable long id, @RequestParam String classes) {
        return exposure.summarize(exposure.classes(id, classes));
    }

    /** The target list of the value classes as a file; {@code max_priority} and {@code lang} as for a disaster's. */
    @GetMapping("/targets.{format}")
    @Transactional(readOnly = true)
    void targets(@PathVariable long id, @PathVariable String format, @RequestParam String classes,
                 @RequestParam(name = "sheet_per_township", defaultValue = "false") boolean sheetPerTownship,
                 @Parameter(description = MaxPriority.DESCRIPTION,
                         schema = @Schema(type = "integer", minimum = "1", maximum = "5"))
                 @RequestParam(name = MaxPriority.PARAMETER, required = false) String maxPriority,
                 @RequestParam(name = DownloadLanguage.PARAMETER, required = false) String lang,
                 HttpServletResponse response) throws IOException {
        ExportDownload.format(format);
        MaxPriority max = MaxPriority.parse(maxPriority);
        DownloadLanguage.apply(lang);
        RasterExposure.Classes c = exposure.classes(id, classes);
        TargetList list = TargetList.affected(c.names(), labels);
        ExportDownload.send(response, format, list.schema("应急排查目标清单"), sheetPerTownship,
                "应急排查目标清单-" + c.raster().name(), writer -> exposure.targets(c, max, list, writer::write));
    }
}
