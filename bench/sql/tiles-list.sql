-- The tiles a tiles case cycles through at zoom :z: the :n tiles holding the most houses (where a
-- user looks), as "x y houses", most houses first. Tile numbers from the Web Mercator position.
SELECT x, y, count(*) FROM (
  SELECT floor((ST_X(m) + 20037508.342789244) / (40075016.685578488 / 2 ^ :z))::int AS x,
         floor((20037508.342789244 - ST_Y(m)) / (40075016.685578488 / 2 ^ :z))::int AS y
  FROM (SELECT ST_Transform(location, 3857) AS m FROM house) h) t
GROUP BY x, y ORDER BY count(*) DESC, x, y LIMIT :n;
