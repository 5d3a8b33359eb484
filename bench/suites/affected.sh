# Suite "affected": the emergency summary (应急排查) of the sample's flood, as drawn and widened by a
# buffer, vs hand-written PostGIS SQL (bench/sql/affected.sql, affected-buffer.sql). Goal (issue 4):
# Anju within 1.3x of the raw SQL, on 10^6 houses and a footprint of ~5,000 vertices.
#
# The generated flood has 1,835 vertices whatever the county size. With --flood-vertices V (default
# 5000) the suite registers a copy of it through POST /api/disasters, as a footprint uploaded by a
# user would be, with every part densified by ST_Segmentize to about V vertices in all: the same
# shape and severity classes, so the same houses, but V vertices for every point-in-polygon test.

affected_buffer=500   # metres

suite_affected() {
  local flood parts vertices
  flood=$(q "SELECT id FROM disaster_event WHERE type = 'FLOOD' AND code NOT LIKE 'BENCH-%' ORDER BY id LIMIT 1")
  [ "$flood_vertices" = 0 ] || flood=$(densified_flood "$flood" "$flood_vertices") || return 1
  parts=$(q "SELECT count(*) FROM disaster_footprint WHERE event_id = $flood")
  vertices=$(q "SELECT sum(ST_NPoints(area)) FROM disaster_footprint WHERE event_id = $flood")
  affected_event=$flood
  measure affected "affected summary (\`GET /api/disasters/{id}/affected\`)" \
    "$(thousands "$houses") houses; flood of $parts parts, $vertices vertices" "bench/sql/affected.sql" 1.3 \
    "affected_anju 0" "affected_ref 0" "affected_check 0"
  measure affected-buffer "affected summary, buffer $affected_buffer m (\`…/affected?buffer=$affected_buffer\`)" \
    "$(thousands "$houses") houses; same flood + $affected_buffer m" "bench/sql/affected-buffer.sql" 1.3 \
    "affected_anju $affected_buffer" "affected_ref $affected_buffer" "affected_check $affected_buffer"
}

# densified_flood EVENT V — the id of a copy of EVENT with about V vertices (registered once, by
# code BENCH-FLOOD-V, so that a database kept with --db is not filled with copies).
densified_flood() {
  local event=$1 target=$2 code=BENCH-FLOOD-$2 id lo=0.0000001 hi=0.1 mid n i
  id=$(q "SELECT id FROM disaster_event WHERE code = '$code'")
  [ -z "$id" ] || { echo "$id"; return 0; }
  # the longest segment length that gives at least V vertices (bisection; vertices fall as it grows)
  for ((i = 0; i < 40; i++)); do
    mid=$(awk -v a="$lo" -v b="$hi" 'BEGIN { printf "%.12f", sqrt(a * b) }')
    n=$(q "SELECT sum(ST_NPoints(ST_Segmentize(area, $mid))) FROM disaster_footprint WHERE event_id = $event")
    if [ "$n" -ge "$target" ]; then lo=$mid; else hi=$mid; fi
  done
  id=$(q "SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
              'type', 'Feature', 'geometry', ST_AsGeoJSON(ST_Segmentize(f.area, $lo), 9)::json,
              'properties', json_build_object('code', '$code', 'name', e.name || '（加密至约$target个顶点）',
                                              'type', e.type, 'started_on', e.started_on,
                                              'severity', f.severity, 'severity_rank', f.severity_rank))
            ORDER BY f.id))
          FROM disaster_footprint f JOIN disaster_event e ON e.id = f.event_id WHERE f.event_id = $event" \
    | curl -sS "${curl_auth[@]}" -X POST -H 'Content-Type: application/geo+json' "$app/api/disasters" --data-binary @- \
    | jq -r .id)
  [[ "$id" =~ ^[0-9]+$ ]] || { echo "could not register the densified flood: $id" >&2; return 1; }
  echo "$id"
}

affected_anju() {
  http_ms "$app/api/disasters/$affected_event/affected?buffer=$1" "$work/out/affected-$1.json"
}

affected_ref() {
  if [ "$1" = 0 ]; then
    sql_ms bench/sql/affected.sql "$work/out/affected-$1.txt" -v event="$affected_event"
  else
    sql_ms bench/sql/affected-buffer.sql "$work/out/affected-$1.txt" -v event="$affected_event" -v buffer="$1"
  fi
}

# The totals of both must agree, and so must the number of villages.
affected_check() {
  local anju ref
  anju=$(jq -r '[.totals.houses, .totals.occupied, .totals.occupied_dangerous, .totals.occupied_unassessed,
                 .totals.dangerous, .totals.households, .totals.target_households, .totals.vulnerable_households,
                 .totals.persons, (.villages | length)] | join(" ")' "$work/out/affected-$1.json")
  ref="$(awk -F'|' '$1 == "total" { printf "%s %s %s %s %s %s %s %s %s", $7, $8, $9, $10, $11, $12, $13, $14, $15 }' \
           "$work/out/affected-$1.txt") $(grep -c '^village|' "$work/out/affected-$1.txt")"
  [ "$anju" = "$ref" ] || { echo "totals and villages: Anju $anju, reference $ref"; return 1; }
  echo "same totals (${anju%% *} houses) and villages"
}
