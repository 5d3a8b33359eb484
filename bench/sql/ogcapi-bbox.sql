-- Reference for case 6 "OGC API items in a box":
--   GET /ogcapi/collections/houses/items?bbox=:minlon,:minlat,:maxlon,:maxlat&limit=:limit
-- written by hand as a PostGIS user would from docs/API.md (pg_featureserv style): the GeoJSON
-- FeatureCollection of the :limit houses after :offset in the box (exact ST_Intersects, which uses the
-- GiST index), ordered by code, with numberMatched (all houses in the box), numberReturned and the
-- properties of the collection as API.md documents them (those of /api/houses: village and township,
-- owner household, the highest-priority category and the number of persons of the households living
-- there). The page is cut from house alone (by code, the documented stable order) before anything is
-- joined or encoded.
WITH page AS (
  SELECT h.* FROM house h
  WHERE ST_Intersects(h.location, ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4490))
  ORDER BY h.code
  LIMIT :limit OFFSET :offset
)
SELECT json_build_object(
         'type', 'FeatureCollection',
         'numberMatched', (SELECT count(*) FROM house h
                           WHERE ST_Intersects(h.location, ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4490))),
         'numberReturned', count(*),
         'features', coalesce(json_agg(json_build_object(
           'type', 'Feature', 'id', p.code, 'geometry', ST_AsGeoJSON(p.location, 9, 0)::json,
           'properties', json_build_object(
             'code', p.code, 'village_code', p.village_code, 'village_name', v.name,
             'township_code', t.code, 'township_name', t.name, 'address', p.address,
             'structure', p.structure, 'storeys', p.storeys, 'year_built', p.year_built,
             'floor_area', p.floor_area, 'seismic_measures', p.seismic_measures, 'grade', p.grade,
             'assessed_on', p.assessed_on, 'assessment_kind', p.assessment_kind, 'assessor', p.assessor,
             'occupancy', p.occupancy, 'last_inspected_on', p.last_inspected_on,
             'owner_household', o.code, 'resident_category', res.category, 'residents', res.persons,
             'version', p.version)) ORDER BY p.code), '[]'))
FROM page p
JOIN admin_area v ON v.code = p.village_code
LEFT JOIN admin_area t ON t.code = v.parent_code
LEFT JOIN household o ON o.id = p.owner_household_id
LEFT JOIN LATERAL (
  SELECT sum(r.members) AS persons,
         (array_agg(r.primary_category ORDER BY array_position(ARRAY['POVERTY_ALLEVIATED', 'MONITORED',
            'MINIMUM_LIVING', 'EXTREME_POVERTY', 'SEVERE_HARDSHIP', 'NEAR_MINIMUM'], r.primary_category::text))
            FILTER (WHERE r.primary_category IS NOT NULL))[1] AS category
  FROM household r WHERE r.residence_house_id = p.id) res ON TRUE;
