package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The administrative layout: county, townships and villages with nested boundaries.
 *
 * <p>Village boundaries are the Voronoi cells of the village sites (computed in local metres),
 * clipped to the county outline on the output grid. A township is the union of its villages
 * and the county the union of all villages, so the three levels nest exactly, without gaps or
 * overlaps. All boundaries are valid MultiPolygons (a village cell cut by a bend of the outline
 * may have two parts).
 *
 * <p>Villages are numbered per township from 201 (the township seat village) outwards by
 * distance from the seat.
 *
 * @param county    the county area (union of all villages)
 * @param townships the nine townships in code order
 * @param villages  all villages in code order
 */
record CountyLayout(AdminArea county, List<AdminArea> townships, List<Village> villages) {

    private static final double COUNTY_SEAT_RADIUS_METRES = 3_000;
    private static final double GATE_VILLAGE_RADIUS_METRES = 3_500;
    private static final String COUNTY_TOWN_VILLAGE = "城关村";
    /** 关 villages around the county town by bearing: east, north, west, south. */
    private static final String[] GATE_VILLAGES = {"东关村", "北关村", "西关村", "南关村"};

    static CountyLayout build(List<VillageSite> sites, Polygon outline, SplittableRandom random) {
        Map<VillageSite, MultiPolygon> cells = clippedVoronoiCells(sites, outline);
        VillageNames names = new VillageNames();
        names.reserve(COUNTY_TOWN_VILLAGE);
        for (String gate : GATE_VILLAGES) {
            names.reserve(gate);
        }
        for (Township t : CountySetting.TOWNSHIPS) {
            if (!t.isCountySeat()) {
                names.reserve(seatVillageName(t));
            }
        }

        List<Village> villages = new ArrayList<>();
        List<AdminArea> townships = new ArrayList<>();
        for (Township township : CountySetting.TOWNSHIPS) {
            List<VillageSite> own = sitesOf(township, sites);
            if (own.size() > 199) {
                throw new IllegalStateException(township.name() + " would have more than 199 villages");
            }
            boolean[] gateUsed = new boolean[GATE_VILLAGES.length];
            List<MultiPolygon> parts = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                VillageSite site = own.get(i);
                Coordinate lonLat = site.lonLat();
                Landform landform = Landform.at(lonLat.x, lonLat.y);
                double toSeat = site.metres().distance(township.seatMetres());
                VillageNames.Named named;
                if (site.townshipSeat()) {
                    named = new VillageNames.Named(
                            township.isCountySeat() ? COUNTY_TOWN_VILLAGE : seatVillageName(township),
                            VillageNames.CLAN_SURNAMES.get(VillageNames.skewedIndex(random, 10)));
                } else if (township.isCountySeat() && toSeat < GATE_VILLAGE_RADIUS_METRES
                        && !gateUsed[gateIndex(site, township)]) {
                    int gate = gateIndex(site, township);
                    gateUsed[gate] = true;  // the nearest village in each direction takes the 关 name
                    named = new VillageNames.Named(GATE_VILLAGES[gate],
                            VillageNames.CLAN_SURNAMES.get(VillageNames.skewedIndex(random, 10)));
                } else {
                    named = names.next(random, landform);
                }
                String code = township.villagePrefix() + (201 + i);
                boolean nearCountySeat = township.isCountySeat() && toSeat <= COUNTY_SEAT_RADIUS_METRES;
                Village village = new Village(code, named.name(), township, lonLat, cells.get(site),
                        landform, nearCountySeat, site.townshipSeat(), named.clanSurname());
                villages.add(village);
                parts.add(village.boundary());
            }
            townships.add(new AdminArea(township.code(), township.name(), AdminArea.Level.TOWNSHIP,
                    CountySetting.COUNTY_CODE, Grid.union(parts)));
        }
        List<MultiPolygon> all = new ArrayList<>();
        for (Village v : villages) {
            all.add(v.boundary());
        }
        AdminArea county = new AdminArea(CountySetting.COUNTY_CODE, CountySetting.COUNTY_NAME,
                AdminArea.Level.COUNTY, null, Grid.union(all));
        return new CountyLayout(county, List.copyOf(townships), List.copyOf(villages));
    }

    /** Villages of one township: the seat first, then by distance from the seat. */
    private static List<VillageSite> sitesOf(Township township, List<VillageSite> sites) {
        Coordinate seat = township.seatMetres();
        List<VillageSite> own = new ArrayList<>();
        for (VillageSite s : sites) {
            if (s.township().equals(township)) {
                own.add(s);
            }
        }
        own.sort(Comparator.comparing((VillageSite s) -> !s.townshipSeat())
                .thenComparingDouble(s -> s.metres().distance(seat))
                .thenComparingDouble(s -> s.metres().x)
                .thenComparingDouble(s -> s.metres().y));
        return own;
    }

    private static String seatVillageName(Township township) {
        return township.name().substring(0, township.name().length() - 1) + "村";
    }

    /** 0 east, 1 north, 2 west, 3 south of the township seat. */
    private static int gateIndex(VillageSite site, Township township) {
        Coordinate seat = township.seatMetres();
        double angle = StrictMath.atan2(site.metres().y - seat.y, site.metres().x - seat.x);
        int quadrant = (int) StrictMath.floor((angle + StrictMath.PI / 4) / (StrictMath.PI / 2));
        return Math.floorMod(quadrant, 4);
    }

    private static Map<VillageSite, MultiPolygon> clippedVoronoiCells(List<VillageSite> sites, Polygon outline) {
        List<Coordinate> points = new ArrayList<>();
        Map<Coordinate, VillageSite> byPoint = new HashMap<>();
        for (VillageSite s : sites) {
            points.add(s.metres());
            byPoint.put(s.metres(), s);
        }
        Envelope clip = LocalProjection.toMetres(outline).getEnvelopeInternal();
        clip.expandBy(10_000);
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(points);
        voronoi.setClipEnvelope(clip);
        Geometry diagram = voronoi.getDiagram(new GeometryFactory());

        Map<VillageSite, MultiPolygon> cells = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            VillageSite site = byPoint.get((Coordinate) cell.getUserData());
            Geometry lonLat = Grid.roundVertices(LocalProjection.toLonLat(cell));
            MultiPolygon clipped = Grid.intersection(lonLat, outline);
            if (site == null || clipped.isEmpty()) {
                throw new IllegalStateException("Voronoi cell without a village site inside the county");
            }
            cells.put(site, clipped);
        }
        return cells;
    }
}
