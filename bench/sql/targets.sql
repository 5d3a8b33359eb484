-- Reference for case "export": the target list (排查目标清单) of disaster event :event as ogr2ogr
-- exports it from PostGIS, written by hand as a PostGIS user would. One row per affected house (not
-- demolished, location in a footprint part) with the same columns as Anju's list: check priority
-- (1 occupied D, 2 occupied C, 3 occupied unassessed with a vulnerable household, 4 other occupied
-- with a household of the six categories, 5 the rest) and its reason, house, township, village,
-- grade, structure and occupancy in Chinese, severity of the worst part, the main household (the
-- one of highest category priority, then by code) with masked ID and phone, its category and
-- priority flags, whether it owns another A/B house (建新未拆旧), households and persons living
-- there, longitude/latitude and the point. Ordered by priority, township, village, house code.
-- bench/run replaces :event (ogr2ogr has no variables).
WITH hit AS (
  SELECT h.id, max(f.severity_rank) AS rank
  FROM disaster_footprint f
  JOIN house h ON ST_Intersects(h.location, f.area)
  WHERE f.event_id = :event AND h.occupancy <> 'DEMOLISHED'
  GROUP BY h.id
),
listed AS (
  SELECT h.*, hit.rank,
         res.households, res.persons, res.targets, res.vulnerable,
         CASE WHEN h.occupancy IN ('OCCUPIED', 'SEASONAL') AND h.grade = 'D' THEN 1
              WHEN h.occupancy IN ('OCCUPIED', 'SEASONAL') AND h.grade = 'C' THEN 2
              WHEN h.occupancy IN ('OCCUPIED', 'SEASONAL') AND h.grade = 'UNASSESSED' AND res.vulnerable > 0 THEN 3
              WHEN h.occupancy IN ('OCCUPIED', 'SEASONAL') AND res.targets > 0 THEN 4
              ELSE 5 END AS priority
  FROM hit JOIN house h ON h.id = hit.id
  LEFT JOIN LATERAL (
    SELECT count(*) AS households, coalesce(sum(r.members), 0) AS persons, count(r.primary_category) AS targets,
           count(*) FILTER (WHERE r.primary_category IS NOT NULL OR r.disabled_member OR r.military_family
                                  OR r.veteran OR r.elderly_alone) AS vulnerable
    FROM household r WHERE r.residence_house_id = h.id) res ON TRUE
)
SELECT l.priority,
       CASE l.priority WHEN 1 THEN '有人居住的D级危房' WHEN 2 THEN '有人居住的C级危房'
                       WHEN 3 THEN '有人居住、未评定，住有重点对象或优先户' WHEN 4 THEN '有人居住，住有6类重点对象'
                       ELSE '受影响农房' END
         || CASE WHEN l.priority <= 2 AND safe.owns THEN '；建新未拆旧，仍住危房' ELSE '' END AS reason,
       l.code AS house_code, t.name AS township, v.name AS village, l.address, l.grade,
       CASE l.structure WHEN 'EARTH_WOOD' THEN '土木' WHEN 'BRICK_WOOD' THEN '砖木' WHEN 'BRICK_CONCRETE' THEN '砖混'
                        WHEN 'STONE' THEN '石木/石砌' WHEN 'FRAME' THEN '框架' WHEN 'CAVE' THEN '窑洞' ELSE '其他' END
         AS structure,
       CASE l.occupancy WHEN 'OCCUPIED' THEN '有人居住' WHEN 'VACANT' THEN '空置' WHEN 'SEASONAL' THEN '季节性居住'
                        WHEN 'MOVED_OUT' THEN '已搬离' ELSE '已拆除' END AS occupancy,
       l.year_built,
       coalesce((SELECT f.severity FROM disaster_footprint f
                 WHERE f.event_id = :event AND f.severity_rank = l.rank LIMIT 1), '') AS severity,
       m.head_name,
       left(m.id_number, 4) || repeat('*', length(m.id_number) - 8) || right(m.id_number, 4) AS id_number,
       left(m.phone, 3) || repeat('*', length(m.phone) - 7) || right(m.phone, 4) AS phone,
       m.members,
       CASE m.primary_category WHEN 'POVERTY_ALLEVIATED' THEN '脱贫享受政策户' WHEN 'MONITORED' THEN '防止返贫监测帮扶对象'
                               WHEN 'MINIMUM_LIVING' THEN '低保户' WHEN 'EXTREME_POVERTY' THEN '分散供养特困人员'
                               WHEN 'SEVERE_HARDSHIP' THEN '严重困难家庭' WHEN 'NEAR_MINIMUM' THEN '低保边缘家庭' END
         AS category,
       concat_ws('、', CASE WHEN m.disabled_member THEN '残疾人' END, CASE WHEN m.military_family THEN '军人军属' END,
                       CASE WHEN m.veteran THEN '退役军人' END, CASE WHEN m.elderly_alone THEN '独居老人' END) AS flags,
       coalesce(safe.owns, false) AS safe_house,
       l.households, l.persons,
       round(ST_X(l.location)::numeric, 7) AS lon, round(ST_Y(l.location)::numeric, 7) AS lat,
       l.location AS geom
FROM listed l
JOIN admin_area v ON v.code = l.village_code
JOIN admin_area t ON t.code = v.parent_code
LEFT JOIN LATERAL (
  SELECT r.* FROM household r WHERE r.residence_house_id = l.id
  ORDER BY array_position(ARRAY['POVERTY_ALLEVIATED', 'MONITORED', 'MINIMUM_LIVING', 'EXTREME_POVERTY',
                                'SEVERE_HARDSHIP', 'NEAR_MINIMUM'], r.primary_category::text) NULLS LAST, r.code
  LIMIT 1) m ON TRUE
LEFT JOIN LATERAL (
  SELECT true AS owns FROM house s
  WHERE s.owner_household_id = m.id AND s.grade IN ('A', 'B') AND s.id <> l.id LIMIT 1) safe ON TRUE
ORDER BY l.priority, t.code, l.village_code, l.code
