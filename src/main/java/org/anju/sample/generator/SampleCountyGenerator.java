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
            System.err.println("usage: SampleCountyGenerator [--seed N] [--houses N] [--out DIR]");
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SummaryCounter summary = generate(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        console.printf("新绛县 sample county (synthetic): %d households, %d target households, written to %s in %.1f s%n",
                summary.households(), summary.targetHouseholds(), options.outputDirectory(), seconds);
    }

    /** Runs the whole generation and returns the counts that were written to the summary file. */
    static SummaryCounter generate(GeneratorOptions options) throws IOException {
        RandomStreams streams = new RandomStreams(options.seed());
        Polygon outline = CountyOutline.build(streams.stage("outline"));
        FenRiver river = FenRiver.build(streams.stage("river"));
        List<VillageSite> sites = VillageSites.place(options.villageCount(), outline, river, streams.stage("village-sites"));
        CountyLayout layout = CountyLayout.build(sites, outline, streams.stage("village-names"));
        MultiPolygon county = layout.county().boundary();
        List<SeismicZone> zones = SeismicZone.of(county);
        List<FloodPart> flood = FloodFootprint.build(river, county, streams.stage("flood"));
        HazardMap hazards = new HazardMap(flood, zones, CheckBox.aroundCountySeat());
        List<VillageQuota> quotas = VillageQuotas.allocate(layout.villages(), options.houses(), streams.stage("quotas"));

        HouseFactory houseFactory = new HouseFactory();
        VillagePopulation population = new VillagePopulation(
                new HousePlacement(river, hazards), houseFactory, new HouseholdFactory(new SyntheticIdNumbers()),
                new RenovationPlanner(houseFactory), new AssessmentPlanner(), hazards);
        SummaryCounter summary = new SummaryCounter(options, layout, hazards);
        try (SampleCountyFiles files = new SampleCountyFiles(options.outputDirectory())) {
            files.writeAdminAreas(layout);
            files.writeSeismicZones(zones);
            files.writeDisasters(flood);
            files.writeRiver(river.insideCounty(county));
            for (int i = 0; i < layout.villages().size(); i++) {
                Village village = layout.villages().get(i);
                VillageRecords records = population.generate(village, quotas.get(i), streams.village(village.code()));
                files.write(records);
                summary.add(records);
            }
        }
        summary.writeTo(options.outputDirectory().resolve(SampleCountyFiles.SUMMARY));
        return summary;
    }
}
