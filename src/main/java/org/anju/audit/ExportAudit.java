package org.anju.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.export.ExportDownload;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every file download (target lists, house and household lists, OGC API layers — everything that
 * goes through {@link ExportDownload}) leaves an {@code EXPORT} entry: who, when, the request with
 * its filters, the format and how many rows; an aborted file is logged too, marked incomplete.
 */
@Configuration
class ExportAudit implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(ExportDownload.SENT) instanceof ExportDownload.Sent sent) {
            String query = request.getQueryString();
            String target = request.getRequestURI() + (query == null ? "" : "?" + query);
            audit.access("EXPORT", target, sent.rows(),
                    "format=" + sent.format().name().toLowerCase(java.util.Locale.ROOT)
                            + (sent.complete() ? "" : "; incomplete (aborted)"));
        }
    }
}
