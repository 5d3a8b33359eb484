package org.anju.casework.inspection;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inspections/{id}/villages/{village}/offline-package}: a village taken offline ({@link OfflinePackage}). */
@RestController
class OfflinePackageController {

    private final OfflinePackage packages;

    OfflinePackageController(OfflinePackage packages) {
        this.packages = packages;
    }

    /**
     * The village's offline package as JSON: {@code format, taken_at, campaign, village (code, name, township,
     * bbox), tasks (GeoJSON), boundary (GeoJSON geometry or null), form, heads (by task id, masked), tiles
     * (min_zoom, max_zoom, count, estimated_bytes, urls), size (data_bytes, tile_bytes_estimated,
     * estimated_bytes, max_bytes)}. 404 outside the jurisdiction, 422 when too large.
     */
    @GetMapping(path = "/api/inspections/{id}/villages/{village}/offline-package", produces = "application/json")
    void offlinePackage(@PathVariable long id, @PathVariable String village, HttpServletResponse response)
            throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        packages.write(id, village.strip(), body);   // refusals before a byte is sent
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setContentLengthLong(body.size());
        body.writeTo(response.getOutputStream());
    }
}
