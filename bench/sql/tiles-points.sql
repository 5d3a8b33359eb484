-- Reference for case "tiles, points" (z >= 12): GET /tiles/houses/:z/:x/:y.mvt
-- written by hand as a PostGIS user would (pg_tileserv style): every house in the tile, widened by
-- a 256-unit buffer (16 px), as a point in layer "houses" with its code, grade, occupancy and
-- whether a household of the six categories (target) or one with a priority flag lives there;
-- extent 4096, feature id = house id. Index pre-filter: the buffered tile envelope in CGCS2000.
WITH tile AS (
  SELECT ST_TileEnvelope(:z, :x, :y) AS merc,
         ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 256.0 / 4096), 4490) AS box
)
SELECT ST_AsMVT(t, 'houses', 4096, 'geom', 'id') FROM (
  SELECT h.id, h.code, h.grade, h.occupancy,
         EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL) AS target,
         EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id
                   AND (r.disabled_member OR r.military_family OR r.veteran OR r.elderly_alone)) AS priority,
         ST_AsMVTGeom(ST_Transform(h.location, 3857), tile.merc, 4096, 256, true) AS geom
  FROM house h, tile
  WHERE h.location && tile.box) t;
