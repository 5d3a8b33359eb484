package org.anju.sample.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anju.house.Occupancy;
import org.locationtech.jts.geom.MultiLineString;

/**
 * The output files of one generator run and how each record maps to them. The county-wide
 * layers are written at once; houses, footprints, households, assessments and renovations are
 * appended village by village.
 *
 * <p>File names and fields are the contract with the loader; gis-data/README.md describes them.
 */
final class SampleCountyFiles implements Closeable {

    static final String ADMIN_AREAS = "admin-areas.geojson";
    static final String HOUSES = "houses.geojson";
    static final String FOOTPRINTS = "house-footprints.geojson";
    static final String HOUSEHOLDS = "households.csv";
    static final String ASSESSMENTS = "assessments.csv";
    static final String RENOVATIONS = "renovations.csv";
    static final String SEISMIC_ZONES = "seismic-zones.geojson";
    static final String DISASTERS = "disasters.geojson";
    static final String RIVER = "fen-river.geojson";
    static final String SUMMARY = "expected-summary.json";

    /** Every file a run writes, in the order of the README. */
    static final List<String> ALL = List.of(ADMIN_AREAS, HOUSES, FOOTPRINTS, HOUSEHOLDS, ASSESSMENTS, RENOVATIONS,
            SEISMIC_ZONES, DISASTERS, RIVER, SUMMARY);

    private final Path directory;
    private final GeoJsonFeatureWriter houses;
    private final GeoJsonFeatureWriter footprints;
    private final CsvWriter households;
    private final CsvWriter assessments;
    private final CsvWriter renovations;

    SampleCountyFiles(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        this.directory = directory;
        houses = new GeoJsonFeatureWriter(directory.resolve(HOUSES), "houses");
        footprints = new GeoJsonFeatureWriter(directory.resolve(FOOTPRINTS), "house_footprints");
        households = new CsvWriter(directory.resolve(HOUSEHOLDS), "code", "head_name", "id_number", "phone", "members",
                "village_code", "categories", "disabled", "military_family", "veteran", "elderly_alone", "residence_house");
        assessments = new CsvWriter(directory.resolve(ASSESSMENTS), "house_code", "grade", "assessed_on", "kind", "assessor", "note");
        renovations = new CsvWriter(directory.resolve(RENOVATIONS), "house_code", "year", "method", "subsidy_yuan", "funding_source");
    }

    Path directory() {
        return directory;
    }

    /** County, then townships, then villages. */
    void writeAdminAreas(CountyLayout layout) throws IOException {
        try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(directory.resolve(ADMIN_AREAS), "admin_areas")) {
            write(out, layout.county());
            for (AdminArea township : layout.townships()) {
                write(out, township);
            }
            for (Village village : layout.villages()) {
                write(out, village.asAdminArea());
            }
        }
    }

    void writeSeismicZones(List<SeismicZone> zones) throws IOException {
        try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(directory.resolve(SEISMIC_ZONES), "seismic_zones")) {
            for (SeismicZone zone : zones) {
                out.write(zone.area(), new FeatureProperties()
                        .put("intensity", zone.intensity())
                        .putDecimal("pga", zone.pga(), 2)
                        .put("source", zone.source()));
            }
        }
    }

    void writeDisasters(List<FloodPart> parts) throws IOException {
        try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(directory.resolve(DISASTERS), "disasters")) {
            for (FloodPart part : parts) {
                out.write(part.area(), new FeatureProperties()
                        .put("event_code", FloodFootprint.EVENT_CODE)
                        .put("event_type", FloodFootprint.EVENT_TYPE)
                        .put("event_name", FloodFootprint.EVENT_NAME)
                        .put("started_on", FloodFootprint.STARTED_ON)
                        .put("ended_on", FloodFootprint.ENDED_ON)
                        .put("severity", part.severity())
                        .put("severity_rank", part.rank()));
            }
        }
    }

    /** A reference layer for maps; not part of the loader's contract. */
    void writeRiver(MultiLineString river) throws IOException {
        try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(directory.resolve(RIVER), "fen_river")) {
            out.write(river, new FeatureProperties().put("name", "汾河").put("note", "示意河道中心线，非测绘成果"));
        }
    }

    /** Appends one village's houses (and footprints in the county seat township), households, assessments, renovations. */
    void write(VillageRecords records) {
        boolean withFootprints = records.village().township().isCountySeat();
        for (House h : records.houses()) {
            houses.write(Grid.FACTORY.createPoint(h.site.lonLat()), houseProperties(h, records.village()));
            if (withFootprints && h.occupancy != Occupancy.DEMOLISHED) {
                footprints.write(HouseFootprints.of(h), new FeatureProperties().put("house_code", h.code));
            }
            for (Assessment a : h.assessments) {
                assessments.row(a.houseCode(), a.grade().name(), a.assessedOn().toString(), a.kind().name(),
                        a.assessor(), a.note());
            }
            for (Renovation r : h.renovations) {
                renovations.row(r.houseCode(), Integer.toString(r.year()), r.method().name(),
                        Integer.toString(r.subsidyYuan()), r.fundingSource());
            }
        }
        for (Household h : records.households()) {
            households.row(h.code(), h.headName(), h.idNumber(), h.phone(), Integer.toString(h.members()), h.villageCode(),
                    h.categoryCodes(), Boolean.toString(h.disabled()),
                    Boolean.toString(h.militaryFamily()), Boolean.toString(h.veteran()),
                    Boolean.toString(h.elderlyAlone()), h.residenceHouse());
        }
    }

    private static FeatureProperties houseProperties(House h, Village village) {
        Assessment current = h.currentAssessment();
        return new FeatureProperties()
                .put("code", h.code)
                .put("village_code", village.code())
                .put("address", h.address)
                .put("structure", h.structure)
                .put("storeys", h.storeys)
                .put("year_built", h.yearBuilt)
                .putDecimal("floor_area", h.floorArea, 1)
                .put("seismic_measures", h.seismicMeasures)
                .put("grade", h.grade)
                .put("assessed_on", current == null ? null : current.assessedOn())
                .put("assessment_kind", current == null ? null : current.kind())
                .put("assessor", current == null ? null : current.assessor())
                .put("occupancy", h.occupancy)
                .put("last_inspected_on", h.lastInspectedOn)
                .put("owner_household", h.ownerHousehold);
    }

    private static void write(GeoJsonFeatureWriter out, AdminArea area) {
        out.write(area.boundary(), new FeatureProperties()
                .put("code", area.code())
                .put("name", area.name())
                .put("level", area.level())
                .put("parent_code", area.parentCode()));
    }

    @Override
    public void close() throws IOException {
        houses.close();
        footprints.close();
        households.close();
        assessments.close();
        renovations.close();
    }
}
