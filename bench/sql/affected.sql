-- Reference for the "affected" case: what a PostGIS user would write by hand for the emergency
-- summary of disaster event :event — per village: affected houses (not demolished), occupied
-- (OCCUPIED/SEASONAL), occupied C/D, households living there, households of the six categories,
-- persons. psql variable :event is set by bench/run.
WITH hit AS (
  SELECT DISTINCT h.id, h.village_code, h.grade, h.occupancy
  FROM disaster_footprint f
  JOIN house h ON ST_Intersects(h.location, f.area)
  WHERE f.event_id = :event AND h.occupancy <> 'DEMOLISHED'
)
SELECT hit.village_code,
       COUNT(*) AS houses,
       COUNT(*) FILTER (WHERE occupancy IN ('OCCUPIED', 'SEASONAL')) AS occupied,
       COUNT(*) FILTER (WHERE occupancy IN ('OCCUPIED', 'SEASONAL') AND grade IN ('C', 'D')) AS occupied_cd,
       COALESCE(SUM(r.households), 0) AS households,
       COALESCE(SUM(r.targets), 0) AS target_households,
       COALESCE(SUM(r.persons), 0) AS persons
FROM hit
LEFT JOIN LATERAL (
  SELECT COUNT(*) AS households, COUNT(primary_category) AS targets, SUM(members) AS persons
  FROM household WHERE residence_house_id = hit.id) r ON TRUE
GROUP BY hit.village_code;
