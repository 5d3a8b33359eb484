# Suite "affected": the emergency summary (应急排查) of the sample's flood, as drawn and widened by a
# buffer, vs hand-written PostGIS SQL (bench/sql/affected.sql, affected-buffer.sql). Goal (issue 4):
# Anju within 1.3x of the raw SQL.

affected_buffer=500   # metres

suite_affected() {
  local flood parts vertices
  flood=$(q "SELECT id FROM disaster_event WHERE type = 'FLOOD' ORDER BY id LIMIT 1")
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
