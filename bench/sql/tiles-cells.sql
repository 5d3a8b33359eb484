-- Reference for case "tiles, cells" (z < 12): GET /tiles/houses/:z/:x/:y.mvt
-- written by hand: houses counted in the cells of a global Web Mercator grid of 8 x 8 cells per
-- tile (2^z * 8 cells across the world), for the tile widened by one cell (512 units), each cell as
-- a point at the mean position of its houses in layer "house_cells" with the number of houses, of
-- C/D houses and of C/D houses people live in (occupied or seasonal); extent 4096.
WITH tile AS (
  SELECT ST_TileEnvelope(:z, :x, :y) AS merc,
         ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 512.0 / 4096), 4490) AS box,
         40075016.685578488 / (2 ^ :z * 8) AS cell
), cells AS (
  SELECT count(*) AS houses,
         count(*) FILTER (WHERE h.grade IN ('C', 'D')) AS dangerous,
         count(*) FILTER (WHERE h.grade IN ('C', 'D') AND h.occupancy IN ('OCCUPIED', 'SEASONAL')) AS occupied_dangerous,
         ST_SetSRID(ST_MakePoint(avg(ST_X(h.location)), avg(ST_Y(h.location))), 4490) AS at
  FROM house h, tile
  WHERE h.location && tile.box
  GROUP BY floor((ST_X(ST_Transform(h.location, 3857)) + 20037508.342789244) / tile.cell),
           floor((20037508.342789244 - ST_Y(ST_Transform(h.location, 3857))) / tile.cell)
)
SELECT ST_AsMVT(t, 'house_cells', 4096, 'geom') FROM (
  SELECT c.houses, c.dangerous, c.occupied_dangerous,
         ST_AsMVTGeom(ST_Transform(c.at, 3857), tile.merc, 4096, 512, true) AS geom
  FROM cells c, tile) t;
