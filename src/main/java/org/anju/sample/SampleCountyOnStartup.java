package org.anju.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import org.anju.system.AnjuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the sample county at start-up, so that a newcomer sees a working
 * map at once ({@code ANJU_SAMPLE_DATA=false} starts empty) — and, when the package describes it
 * ({@link CountyAtWork}), a county at work: cases, documents and campaigns. A database that already
 * holds administrative areas is never touched, so a restart neither loads nor makes anything again.
 */
@Component
class SampleCountyOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleCountyOnStartup.class);

    private final CountyPackageLoader loader;
    private final AnjuProperties properties;
    private final SampleCountyStatus status;
    private final CountyAtWork atWork;

    SampleCountyOnStartup(CountyPackageLoader loader, AnjuProperties properties, SampleCountyStatus status,
                          CountyAtWork atWork) {
        this.loader = loader;
        this.properties = properties;
        this.status = status;
        this.atWork = atWork;
    }

    @Override
    public void run(ApplicationArguments args) {
        AnjuProperties.SampleData sample = properties.sampleData();
        if (!sample.enabled() || !loader.databaseIsEmpty()) {
            return;
        }
        Path directory = sample.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            log.warn("Sample county not loaded: {} does not exist. Run from the repository root, set "
                    + "anju.sample-data.directory, or start with ANJU_SAMPLE_DATA=false.", directory);
            return;
        }
        long started = System.nanoTime();
        status.loading(true);
        CountyPackageLoader.Loaded loaded;
        try {
            loaded = loader.load(directory);
            if (CountyAtWork.describedIn(directory)) {
                makeCountyAtWork(directory);
            }
        } finally {
            status.loading(false);
        }
        log.info("Sample county loaded from {} in {} ms: {}", directory, (System.nanoTime() - started) / 1_000_000, loaded);
    }

    /**
     * The cases and campaigns of the county at work (one transaction). If they cannot be made, the
     * service still starts with the county loaded — a map without cases, said in the log — rather
     * than not at all.
     */
    private void makeCountyAtWork(Path directory) {
        long started = System.nanoTime();
        try {
            CountyAtWork.Made working = atWork.create(directory);
            log.info("Sample county at work made in {} ms: {}", (System.nanoTime() - started) / 1_000_000, working);
        } catch (RuntimeException e) {
            log.warn("Sample county loaded, but its cases and campaigns could not be made (nothing of them was "
                    + "kept; the ledger starts empty): {}", e.toString());
        }
    }
}
