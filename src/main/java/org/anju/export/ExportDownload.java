package org.anju.export;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sends a target list as a file download: checks the format suffix (400 when unknown, before
 * anything is written), sets the content type and a {@code Content-Disposition} with an ASCII
 * fallback and the Chinese file name (RFC 6266/5987), and streams the rows into the writer. When
 * the row source fails, the writer is aborted so no truncated file looks complete.
 */
public final class ExportDownload {

    /** Request attribute with the {@link Sent} of a download, for the audit log. */
    public static final String SENT = ExportDownload.class.getName() + ".sent";

    /**
     * What a download sent: its format, the rows written and whether the file is complete (false:
     * the row source or the stream failed and the writer was aborted).
     */
    public record Sent(ExportFormat format, long rows, boolean complete) {
    }

    private ExportDownload() {
    }

    /**
     * @param suffix   the URL suffix, e.g. {@code xlsx} or {@code shp.zip}
     * @param fileBase people-facing file name without extension (Chinese allowed)
     * @param rows     writes every row into the given writer
     */
    public static void send(HttpServletResponse response, String suffix, TableSchema schema, boolean sheetPerGroup,
                            String fileBase, Consumer<ExportWriter> rows) throws IOException {
        send(response, format(suffix), schema, ExportOptions.DEFAULTS.withSheetPerGroup(sheetPerGroup), fileBase, rows);
    }

    /**
     * The format of a URL suffix.
     *
     * @throws InvalidInputException (400) when the suffix names no format
     */
    public static ExportFormat format(String suffix) {
        return ExportFormat.fromSuffix(suffix).orElseThrow(() -> InvalidInputException.badRequest(
                new FieldProblem("format", suffix, "export.format")));
    }

    /** As above, with every option (layer name, output CRS, Shapefile encoding) given. */
    public static void send(HttpServletResponse response, ExportFormat format, TableSchema schema, ExportOptions options,
                            String fileBase, Consumer<ExportWriter> rows) throws IOException {
        if (format.isKml() && !options.crs().geographic()) {
            throw InvalidInputException.badRequest(new FieldProblem("crs", options.crs().toString(), "export.crsKml"));
        }
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName("anju-export")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(format.fileName(fileBase), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        ExportWriter writer = ExportWriters.open(format, schema, response.getOutputStream(), options);
        try {
            rows.accept(writer);
        } catch (RuntimeException e) {
            writer.abort();
            remember(new Sent(format, writer.rowCount(), false));
            throw e;
        }
        writer.close();
        remember(new Sent(format, writer.rowCount(), true));
    }

    private static void remember(Sent sent) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SENT, sent, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
