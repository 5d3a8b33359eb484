package org.anju.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.anju.casework.CaseState;
import org.anju.casework.SampleCases;
import org.anju.casework.inspection.SampleCampaigns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample county at work: when a county package carries {@code county-at-work.properties}
 * (gis-data/xinjiang does, the test fixture county does not), the present it describes — cases in
 * every state with their documents, a routine and an emergency campaign — is made through the
 * service's own ledger and campaigns, relative to the load day ({@link SampleCases},
 * {@link SampleCampaigns}). One transaction: all of it or nothing.
 */
@Component
public class CountyAtWork {

    static final String FILE = "county-at-work.properties";

    /** What was made, for the log and tests. */
    public record Made(Map<CaseState, Integer> cases, SampleCampaigns.Made campaigns) {
    }

    private final SampleCases cases;
    private final SampleCampaigns campaigns;

    CountyAtWork(SampleCases cases, SampleCampaigns campaigns) {
        this.cases = cases;
        this.campaigns = campaigns;
    }

    /** Whether the package describes a county at work. */
    public static boolean describedIn(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE));
    }

    @Transactional
    public Made create(Path directory) {
        Properties plan = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            plan.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long seed;
        try {
            seed = Long.parseLong(plan.getProperty("seed", "").strip());
        } catch (NumberFormatException e) {
            throw new CountyPackageException(directory.resolve(FILE), 0, "seed must be a whole number");
        }
        Map<CaseState, Integer> made = cases.create(seed);
        SampleCampaigns.Made inspections = campaigns.create(seed, plan.getProperty("emergency-event", "").strip(),
                cases.today());
        return new Made(made, inspections);
    }
}
