package org.anju.casework.inspection;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.casework.Actor;
import org.anju.geo.ChinaExtent;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Photos of an inspection task over HTTP: upload from the phone with its position, list, view. */
@RestController
@RequestMapping("/api/inspections/{campaign}/tasks/{task}/photos")
class TaskPhotoController {

    private final TaskPhotos photos;

    TaskPhotoController(TaskPhotos photos) {
        this.photos = photos;
    }

    /**
     * Multipart {@code file} (JPEG, PNG or WebP) with the phone's position: {@code lon}, {@code lat}
     * (CGCS2000/WGS 84 degrees, both or neither, inside China), {@code accuracy} (metres) and
     * {@code taken_at} (ISO-8601 instant), and from the phone's outbox {@code client_id} (its UUID) and
     * {@code sha256} (of the bytes it sends, hex) → 201 with the photo. The same {@code client_id} again
     * answers the stored photo with 200 and stores nothing; a {@code sha256} the bytes do not have: 422.
     */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<TaskPhotos.Photo> upload(@PathVariable long campaign, @PathVariable long task,
                                            @RequestParam(required = false) MultipartFile file,
                                            @RequestParam(required = false) String lon,
                                            @RequestParam(required = false) String lat,
                                            @RequestParam(required = false) String accuracy,
                                            @RequestParam(name = "taken_at", required = false) String takenAt,
                                            @RequestParam(name = "client_id", required = false) String clientId,
                                            @RequestParam(required = false) String sha256,
                                            HttpServletRequest request) {
        TaskPhotos.Position position = position(lon, lat, accuracy, takenAt);
        TaskPhotos.Claim claim = claim(clientId, sha256);
        TaskPhotos.Uploaded uploaded;
        try {
            uploaded = photos.upload(campaign, task, file, position, claim, Actor.of(request, null));
        } catch (DataIntegrityViolationException e) {
            // the same client id sent twice at once: the one stored first is the answer
            if (claim.clientId() == null) {
                throw e;
            }
            uploaded = photos.replayOf(campaign, task, claim).orElseThrow(() -> e);
        }
        TaskPhotos.Photo photo = uploaded.photo();
        if (uploaded.replayed()) {
            return ResponseEntity.ok(photo);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/inspections/{campaign}/tasks/{task}/photos/{photo}")
                .buildAndExpand(campaign, task, photo.id()).toUri();
        return ResponseEntity.created(location).body(photo);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<TaskPhotos.Photo> list(@PathVariable long campaign, @PathVariable long task) {
        return photos.list(campaign, task);
    }

    /**
     * The photo itself, shown inline (it is an image whose type was checked against its content at
     * upload; {@code nosniff} keeps the browser to the declared type).
     */
    @GetMapping("/{photo}")
    @Transactional(readOnly = true)
    void download(@PathVariable long campaign, @PathVariable long task, @PathVariable long photo,
                  HttpServletResponse response) throws IOException {
        TaskPhotos.Photo p = photos.one(campaign, task, photo);
        java.nio.file.Path file = photos.file(campaign, task, photo);
        response.setContentType(p.contentType());
        response.setContentLengthLong(p.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(p.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=86400, immutable");
        Files.copy(file, response.getOutputStream());
    }

    private static TaskPhotos.Claim claim(String clientId, String sha256) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = clientId == null || clientId.isBlank() ? null : clientId.strip();
        if (id != null && !FieldResultController.UUID.matcher(id).matches()) {
            problems.add(new FieldProblem("client_id", clientId, "field.notUuid"));
        }
        String hash = sha256 == null || sha256.isBlank() ? null : sha256.strip();
        if (hash != null && !hash.matches("[0-9a-fA-F]{64}")) {
            problems.add(new FieldProblem("sha256", sha256, "field.notSha256"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        return new TaskPhotos.Claim(id == null ? null : id.toLowerCase(java.util.Locale.ROOT),
                hash == null ? null : hash.toLowerCase(java.util.Locale.ROOT));
    }

    private static TaskPhotos.Position position(String lonText, String latText, String accuracyText, String takenText) {
        List<FieldProblem> problems = new ArrayList<>();
        Double lon = number("lon", lonText, -180, 180, problems);
        Double lat = number("lat", latText, -180, 180, problems);   // China is checked below (swapped?)
        Double accuracy = number("accuracy", accuracyText, 0, 100_000, problems);
        if ((lon == null) != (lat == null) && problems.isEmpty()) {
            problems.add(new FieldProblem(lon == null ? "lon" : "lat", null, "field.required"));
        }
        if (lon != null && lat != null && !ChinaExtent.contains(lon, lat)) {
            problems.add(new FieldProblem("lon", lon + "," + lat,
                    ChinaExtent.looksSwapped(lon, lat) ? "location.swapped" : "location.outsideChina"));
        }
        Instant taken = null;
        if (takenText != null && !takenText.isBlank()) {
            try {
                taken = Instant.parse(takenText.strip());
                if (taken.isAfter(Instant.now().plusSeconds(600))) {
                    problems.add(new FieldProblem("taken_at", takenText, "date.future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("taken_at", takenText, "field.notInstant"));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        return new TaskPhotos.Position(lon, lat, accuracy, taken);
    }

    private static Double number(String field, String text, double min, double max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && value >= min && value <= max) {
                return value;
            }
            problems.add(new FieldProblem(field, text, "field.range", min, max));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, text, "field.notNumber"));
        }
        return null;
    }
}
