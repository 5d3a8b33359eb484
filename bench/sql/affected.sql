-- Reference for case "affected": the emergency summary (应急排查) of disaster event :event, written
-- by hand as a PostGIS user would. A house is affected when its location lies in a footprint part
-- (it takes the highest severity rank of the parts that reach it); demolished houses are not.
-- Returns one row per summary group — the total, each severity rank, each township and each village
-- (villages in checking order: most occupied C/D, then vulnerable households, then occupied) — with
-- houses, occupied (OCCUPIED/SEASONAL), occupied C/D, occupied unassessed, C/D, households living
-- there, of them in the six categories (primary category set), vulnerable (six categories or a
-- priority flag), and persons. psql variables: :event.
WITH hit AS (
  SELECT h.id, h.village_code, h.grade, h.occupancy, max(f.severity_rank) AS rank
  FROM disaster_footprint f
  JOIN house h ON ST_Intersects(h.location, f.area)
  WHERE f.event_id = :event AND h.occupancy <> 'DEMOLISHED'
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
