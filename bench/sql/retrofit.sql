-- Reference for case "retrofit": seismic-retrofit candidates (农房抗震改造试点) with the default rules
-- of application.yml, written by hand as a PostGIS user would. A candidate is a house in a seismic
-- zone of design intensity >= 7, graded A or B (非C、D级), not demolished, where a household of the six
-- categories lives, that does not meet the standard by the first matching rule (the reason):
--   生土、石砌或窑洞结构          earth/wood, stone or cave;
--   砖木/砖混结构，无圈梁构造柱    brick/wood or brick/concrete without ring beams/tie columns;
--   2009年前建造，抗震措施不详    brick/wood, brick/concrete or other, measures unknown, built before 2009 or year unknown;
--   三层及以上砖木结构            brick/wood with 3 or more storeys.
-- Returns the total, the count per reason, and per township and per village (most candidates first,
-- then higher share) the candidates, the area's houses (not demolished), the share, candidates per
-- km² (area in EPSG:4546, Gauss–Krüger 111°E) and the budget at 12,000 yuan a house (preset liaocheng).
WITH candidate AS (
  SELECT h.id, h.village_code, max(z.intensity) AS intensity,
         CASE WHEN h.structure IN ('EARTH_WOOD', 'STONE', 'CAVE') THEN '生土、石砌或窑洞结构'
              WHEN h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE') AND h.seismic_measures = 'NO'
                   THEN '砖木/砖混结构，无圈梁构造柱'
              WHEN h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE', 'OTHER') AND h.seismic_measures = 'UNKNOWN'
                   AND (h.year_built IS NULL OR h.year_built < 2009) THEN '2009年前建造，抗震措施不详'
              WHEN h.structure = 'BRICK_WOOD' AND h.storeys >= 3 THEN '三层及以上砖木结构'
         END AS reason
  FROM seismic_zone z
  JOIN house h ON ST_Intersects(h.location, z.area)
  WHERE z.intensity >= 7 AND h.grade IN ('A', 'B') AND h.occupancy <> 'DEMOLISHED'
    AND EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
  GROUP BY h.id
),
per_village AS (        -- candidates per village (with its township) and per reason
  SELECT v.parent_code AS township_code, c.village_code, c.reason, count(*) AS candidates
  FROM candidate c JOIN admin_area v ON v.code = c.village_code
  WHERE c.reason IS NOT NULL
  GROUP BY GROUPING SETS ((v.parent_code, c.village_code), (v.parent_code), (c.reason), ())
),
standing AS (           -- houses not demolished, per village and per township
  SELECT v.parent_code AS township_code, h.village_code, count(*) AS houses
  FROM house h JOIN admin_area v ON v.code = h.village_code
  WHERE h.occupancy <> 'DEMOLISHED'
  GROUP BY GROUPING SETS ((v.parent_code, h.village_code), (v.parent_code))
)
SELECT CASE WHEN p.village_code IS NOT NULL THEN 'village' WHEN p.township_code IS NOT NULL THEN 'township'
            WHEN p.reason IS NOT NULL THEN 'reason' ELSE 'total' END AS level,
       coalesce(p.village_code, p.township_code) AS code, a.name, p.reason, p.candidates, s.houses,
       round(p.candidates::numeric / s.houses, 4) AS share,
       round((p.candidates / (ST_Area(ST_Transform(a.boundary, 4546)) / 1e6))::numeric, 2) AS density,
       p.candidates * 12000 AS budget_yuan
FROM per_village p
LEFT JOIN standing s ON s.township_code = p.township_code
                    AND s.village_code IS NOT DISTINCT FROM p.village_code
LEFT JOIN admin_area a ON a.code = coalesce(p.village_code, p.township_code)
ORDER BY p.township_code IS NOT NULL, p.village_code IS NOT NULL, p.candidates DESC, share DESC, code;
