package org.anju.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens GeoTools' EPSG database once after start-up, in the background, so that the first import
 * does not wait ≈2 s for it (see shared/STACK.md; the cache directory is {@code EPSG-HSQL.directory}).
 */
@Component
class CrsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CrsWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                SourceCrs.ofEpsg(4546);
            } catch (RuntimeException e) {
                log.warn("EPSG database not available: {}", e.getMessage());
            }
        }, "epsg-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
