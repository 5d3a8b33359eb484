-- Reference for case "affected, buffer": the emergency summary of disaster event :event with every
-- footprint part widened by :buffer metres, written by hand as a PostGIS user would. A house is
-- affected when it lies within :buffer metres of a part, measured in the CGCS2000 3-degree
-- Gauss–Krüger zone of the county (EPSG:4546, central meridian 111°E; 新绛县 lies at 111.0–111.4°E).
-- Distance tests against a 700-vertex polygon are slow, so the parts are first cut into pieces of at
-- most 64 vertices (ST_Subdivide; the distance to a polygon is the least distance to its pieces).
-- The index pre-filter widens each piece by :buffer / 80 km in degrees, more than :buffer metres in
-- both directions below 44°N (1° of longitude at 35.7°N is 90 km). Same output as affected.sql.
-- psql variables: :event, :buffer.
WITH piece AS MATERIALIZED (
  SELECT f.severity_rank AS rank, p.geom AS area, ST_Transform(p.geom, 4546) AS metric
  FROM disaster_footprint f, ST_Subdivide(f.area, 64) AS p(geom)
  WHERE f.event_id = :event
),
hit AS (
  SELECT h.id, h.village_code, h.grade, h.occupancy, max(p.rank) AS rank
  FROM piece p
  JOIN house h ON h.location && ST_Expand(p.area, :buffer / 80000.0)
              AND ST_DWithin(ST_Transform(h.location, 4546), p.metric, :buffer)
  WHERE h.occupancy <> 'DEMOLISHED'
  GROUP BY h.id
),
exposed AS (            -- each affected house with the households living in it
  SELECT hit.id, hit.village_code, hit.rank,
         hit.occupancy IN ('OCCUPIED', 'SEASONAL') AS occupied,
         hit.grade IN ('C', 'D') AS dangerous,
         hit.grade = 'UNASSESSED' AS unassessed,
         count(r.id) AS households,
         count(r.primary_category) AS target_households,
         count(r.id) FILTER (WHERE r.primary_category IS NOT NULL OR r.disabled_member OR r.military_family
                                   OR r.veteran OR r.elderly_alone) AS vulnerable_households,
         coalesce(sum(r.members), 0) AS persons
  FROM hit LEFT JOIN household r ON r.residence_house_id = hit.id
  GROUP BY hit.id, hit.village_code, hit.rank, hit.occupancy, hit.grade
)
SELECT CASE WHEN GROUPING(v.code) = 0 THEN 'village' WHEN GROUPING(t.code) = 0 THEN 'township'
            WHEN GROUPING(e.rank) = 0 THEN 'severity' ELSE 'total' END AS level,
       t.code AS township_code, t.name AS township_name, v.code AS village_code, v.name AS village_name, e.rank,
       count(*) AS houses,
       count(*) FILTER (WHERE e.occupied) AS occupied,
       count(*) FILTER (WHERE e.occupied AND e.dangerous) AS occupied_dangerous,
       count(*) FILTER (WHERE e.occupied AND e.unassessed) AS occupied_unassessed,
       count(*) FILTER (WHERE e.dangerous) AS dangerous,
       sum(e.households) AS households,
       sum(e.target_households) AS target_households,
       sum(e.vulnerable_households) AS vulnerable_households,
       sum(e.persons) AS persons
FROM exposed e
JOIN admin_area v ON v.code = e.village_code
JOIN admin_area t ON t.code = v.parent_code
GROUP BY GROUPING SETS ((), (e.rank), (t.code, t.name), (t.code, t.name, v.code, v.name))
ORDER BY GROUPING(v.code), GROUPING(t.code), GROUPING(e.rank), e.rank DESC, t.code,
         occupied_dangerous DESC, vulnerable_households DESC, occupied DESC, v.code;
