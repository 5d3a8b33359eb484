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
    static final String AT_WORK = "county-at-work.properties";

    /** Every file a run writes, in the order of the README. */
    static final List<String> ALL = List.of(ADMIN_AREAS, HOUSES, FOOTPRINTS, HOUSEHOLDS, ASSESSMENTS, RENOVATIONS,
            SEISMIC_ZONES, DISASTERS, RIVER, SUMMARY, AT_WORK);

    private final Path directory;
    private final GeoJsonFeatureWriter adminAreas;
    private final GeoJsonFeatureWriter seismicZones;
    private final GeoJsonFeatureWriter disasters;
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
        adminAreas = new GeoJsonFeatureWriter(directory.resolve(ADMIN_AREAS), "admin_areas");
        seismicZones = new GeoJsonFeatureWriter(directory.resolve(SEISMIC_ZONES), "seismic_zones");
        disasters = new GeoJsonFeatureWriter(directory.resolve(DISASTERS), "disasters");
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

    private CountyCopy copy = CountyCopy.of(0, 1);

    /** The county whose records follow (codes, names and positions of county k ≥ 1 are its copy's). */
    void county(CountyCopy county) {
        this.copy = county;
    }

    /** County, then townships, then villages. */
    void writeAdminAreas(CountyLayout layout) {
        write(adminAreas, layout.county());
        for (AdminArea township : layout.townships()) {
            write(adminAreas, township);
        }
        for (Village village : layout.villages()) {
            write(adminAreas, village.asAdminArea());
        }
    }

    void writeSeismicZones(List<SeismicZone> zones) {
        for (SeismicZone zone : zones) {
            seismicZones.write(copy.moved(zone.area()), new FeatureProperties()
                    .put("intensity", zone.intensity())
                    .putDecimal("pga", zone.pga(), 2)
                    .put("source", zone.source()));
        }
    }

    /** The flood's parts; a copy's event code ends in its county code (event codes are unique). */
    void writeDisasters(List<FloodPart> parts) {
        String event = copy.isOriginal() ? FloodFootprint.EVENT_CODE : FloodFootprint.EVENT_CODE + "-" + copy.codePrefix();
        for (FloodPart part : parts) {
            disasters.write(copy.moved(part.area()), new FeatureProperties()
                        .put("event_code", event)
                        .put("event_type", FloodFootprint.EVENT_TYPE)
                        .put("event_name", FloodFootprint.EVENT_NAME)
                        .put("started_on", FloodFootprint.STARTED_ON)
                        .put("ended_on", FloodFootprint.ENDED_ON)
                        .put("severity", part.severity())
                        .put("severity_rank", part.rank()));
        }
    }

    /** A reference layer for maps; not part of the loader's contract. */
    void writeRiver(MultiLineString river) {
        try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(directory.resolve(RIVER), "fen_river")) {
            out.write(river, new FeatureProperties().put("name", "汾河").put("note", "示意河道中心线，非测绘成果"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one village's houses (and footprints in the county seat township), households, assessments, renovations. */
    void write(VillageRecords records) {
        boolean withFootprints = records.village().township().isCountySeat();
        for (House h : records.houses()) {
            houses.write(copy.moved(Grid.FACTORY.createPoint(h.site.lonLat())), houseProperties(h, records.village()));
            if (withFootprints && h.occupancy != Occupancy.DEMOLISHED) {
                footprints.write(copy.moved(HouseFootprints.of(h)), new FeatureProperties().put("house_code", copy.code(h.code)));
            }
            for (Assessment a : h.assessments) {
                assessments.row(copy.code(a.houseCode()), a.grade().name(), a.assessedOn().toString(), a.kind().name(),
                        a.assessor(), a.note());
            }
            for (Renovation r : h.renovations) {
                renovations.row(copy.code(r.houseCode()), Integer.toString(r.year()), r.method().name(),
                        Integer.toString(r.subsidyYuan()), r.fundingSource());
            }
        }
        for (Household h : records.households()) {
            households.row(copy.code(h.code()), h.headName(), h.idNumber(), h.phone(), Integer.toString(h.members()),
                    copy.code(h.villageCode()), h.categoryCodes(), Boolean.toString(h.disabled()),
                    Boolean.toString(h.militaryFamily()), Boolean.toString(h.veteran()),
                    Boolean.toString(h.elderlyAlone()), copy.code(h.residenceHouse()));
        }
    }

    private FeatureProperties houseProperties(House h, Village village) {
        Assessment current = h.currentAssessment();
        return new FeatureProperties()
                .put("code", copy.code(h.code))
                .put("village_code", copy.code(village.code()))
                .put("address", copy.named(h.address))
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
                .put("owner_household", copy.code(h.ownerHousehold));
    }

    private void write(GeoJsonFeatureWriter out, AdminArea area) {
        out.write(copy.moved(area.boundary()), new FeatureProperties()
                .put("code", copy.code(area.code()))
                .put("name", copy.named(area.name()))
                .put("level", area.level())
                .put("parent_code", copy.code(area.parentCode())));
    }

    @Override
    public void close() throws IOException {
        adminAreas.close();
        seismicZones.close();
        disasters.close();
        houses.close();
        footprints.close();
        households.close();
        assessments.close();
        renovations.close();
    }
}
