package org.anju.emergency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.area.AdminCode;
import org.anju.export.DownloadLanguage;
import org.anju.export.ExportDownload;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.ListParameter;
import org.anju.system.ReadsQueryParameters;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 危房住人: who lives in a C/D house, for the county or selected {@code township}/{@code village} codes. */
@RestController
@RequestMapping("/api/living-in-danger")
class LivingInDangerController {

    private final LivingInDanger livingInDanger;
    private final EnumLabels labels;

    LivingInDangerController(LivingInDanger livingInDanger, EnumLabels labels) {
        this.livingInDanger = livingInDanger;
        this.labels = labels;
    }

    @ReadsQueryParameters(names = {"township", "village"})
    @GetMapping
    @Transactional(readOnly = true)
    LivingInDanger.Summary summary(@RequestParam MultiValueMap<String, String> params) {
        Scope scope = Scope.from(params);
        return livingInDanger.summarize(scope.townships(), scope.villages());
    }

    /**
     * The 危房住人 list as a file; {@code max_priority} (1–5, {@link MaxPriority}), {@code lang} as for
     * a disaster's target list.
     */
    @ReadsQueryParameters(names = {"township", "village", "sheet_per_township", MaxPriority.PARAMETER,
            DownloadLanguage.PARAMETER})
    @Parameter(name = MaxPriority.PARAMETER, in = ParameterIn.QUERY, description = MaxPriority.DESCRIPTION,
            schema = @Schema(type = "integer", minimum = "1", maximum = "5"))
    @GetMapping("/targets.{format}")
    @Transactional(readOnly = true)
    void targets(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                 HttpServletResponse response) throws IOException {
        ExportDownload.format(format);
        Scope scope = Scope.from(params);
        MaxPriority max = MaxPriority.parse(params.getFirst(MaxPriority.PARAMETER));
        DownloadLanguage.apply(params.getFirst(DownloadLanguage.PARAMETER));
        TargetList list = TargetList.livingInDanger(labels);
        ExportDownload.send(response, format, list.schema("危房住人清单"),
                "true".equalsIgnoreCase(params.getFirst("sheet_per_township")), "危房住人清单",
                writer -> livingInDanger.targets(scope.townships(), scope.villages(), max, list, writer::write));
    }

    private record Scope(Set<String> townships, Set<String> villages) {

        static Scope from(MultiValueMap<String, String> params) {
            List<FieldProblem> problems = new ArrayList<>();
            Set<String> townships = ListParameter.parse("township", params.get("township"),
                    v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
            Set<String> villages = ListParameter.parse("village", params.get("village"),
                    v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
            if (!problems.isEmpty()) {
                throw InvalidInputException.badRequest(problems);
            }
            return new Scope(townships, villages);
        }
    }
}
