package org.anju.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads GeoTools' EPSG database once after start-up, in the background, so that the first download
 * in a Gauss–Krüger zone does not wait for it (the first {@code CRS.decode} takes about 2 s and
 * builds a cache under {@code java.io.tmpdir}).
 */
@Component
class OutputCrsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(OutputCrsWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                OutputCrs.of(4546);
            } catch (RuntimeException e) {
                log.warn("EPSG database not loaded at start-up: {}", e.getMessage());
            }
        }, "epsg-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
