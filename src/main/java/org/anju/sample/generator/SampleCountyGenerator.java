package org.anju.sample.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates the synthetic sample county and writes it as GeoJSON and CSV files.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.anju.sample.generator.SampleCountyGenerator \
 *     -Dexec.args="--seed 140825 --houses 50000 --out gis-data/xinjiang"
 * </pre>
 *
 * <p>Stages, each with its own random stream: outline → river → village sites → village
 * boundaries, names and townships → seismic zones → flood footprint → houses per village →
 * then, village by village, houses, households, renovations and assessments, streamed to the
 * files. The same options always give byte-identical files.
 */
public final class SampleCountyGenerator {

    private SampleCountyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: SampleCountyGenerator [--seed N] [--houses N] [--counties M] [--out DIR]");
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SummaryCounter summary = generate(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.counties() > 1) {
            console.printf("%d synthetic counties, %d houses, written to %s in %.1f s%n",
                    options.counties(), options.houses(), options.outputDirectory(), seconds);
        } else {
            console.printf("新绛县 sample county (synthetic): %d households, %d target households, written to %s in %.1f s%n",
                    summary.households(), summary.targetHouseholds(), options.outputDirectory(), seconds);
        }
    }

    /**
     * Runs the whole generation and returns the counts that were written to the summary file (of
     * the first county; with several counties the summary adds the province's totals).
     */
    static SummaryCounter generate(GeneratorOptions options) throws IOException {
        SummaryCounter first = null;
        long houses = 0;
        long households = 0;
        try (SampleCountyFiles files = new SampleCountyFiles(options.outputDirectory())) {
            for (int k = 0; k < options.counties(); k++) {
                SummaryCounter summary = generateCounty(options, k, files);
                first = first == null ? summary : first;
                houses += summary.houses();
                households += summary.households();
            }
        }
        if (options.counties() > 1) {
            first.province(options.counties(), houses, households);
        }
        first.writeTo(options.outputDirectory().resolve(SampleCountyFiles.SUMMARY));
        writeAtWork(options);
        return first;
    }

    /**
     * The plan of the county at work (cases, documents, campaigns) that the loader replays through the
     * ledger relative to the day it loads the package (see gis-data/README.md): only its seed and
     * the flood the emergency campaign inspects; LF line ends, no time stamp, so the file is the same
     * for the same seed.
     */
    private static void writeAtWork(GeneratorOptions options) throws IOException {
        String text = "# The county at work: replayed by the loader relative to the load day (gis-data/README.md)\n"
                + "seed=" + options.seed() + "\n"
                + "emergency-event=FLOOD-2021-10\n";
        java.nio.file.Files.writeString(options.outputDirectory().resolve(SampleCountyFiles.AT_WORK), text,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One county, appended to the files (see {@link CountyCopy} for where county k ≥ 1 goes). */
    private static SummaryCounter generateCounty(GeneratorOptions options, int index, SampleCountyFiles files) {
        CountyCopy copy = CountyCopy.of(index, options.counties());
        RandomStreams streams = new RandomStreams(copy.seed(options.seed()));
        Polygon outline = CountyOutline.build(streams.stage("outline"));
        FenRiver river = FenRiver.build(streams.stage("river"));
        List<VillageSite> sites = VillageSites.place(options.villageCount(index), outline, river, streams.stage("village-sites"));
        CountyLayout layout = CountyLayout.build(sites, outline, streams.stage("village-names"));
        MultiPolygon county = layout.county().boundary();
        List<SeismicZone> zones = SeismicZone.of(county);
        List<FloodPart> flood = FloodFootprint.build(river, county, streams.stage("flood"));
        HazardMap hazards = new HazardMap(flood, zones, CheckBox.aroundCountySeat());
        List<VillageQuota> quotas = VillageQuotas.allocate(layout.villages(), options.housesOf(index), streams.stage("quotas"));

        HouseFactory houseFactory = new HouseFactory();
        VillagePopulation population = new VillagePopulation(
                new HousePlacement(river, hazards), houseFactory, new HouseholdFactory(new SyntheticIdNumbers()),
                new RenovationPlanner(houseFactory), new AssessmentPlanner(), hazards);
        SummaryCounter summary = new SummaryCounter(options, layout, hazards);
        files.county(copy);
        files.writeAdminAreas(layout);
        files.writeSeismicZones(zones);
        files.writeDisasters(flood);
        if (copy.isOriginal()) {
            files.writeRiver(river.insideCounty(county));
        }
        for (int i = 0; i < layout.villages().size(); i++) {
            Village village = layout.villages().get(i);
            VillageRecords records = population.generate(village, quotas.get(i), streams.village(village.code()));
            files.write(records);
            summary.add(records);
        }
        return summary;
    }
}
