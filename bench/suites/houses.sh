# Suite "houses": one page of the house list as GeoJSON, filtered by a box and grade, and by a
# township, vs hand-written SQL that builds the same FeatureCollection in PostGIS
# (bench/sql/houses-bbox.sql, houses-township.sql).

houses_bbox=(111.10 35.55 111.30 35.70)   # the Fen valley around the county seat
houses_township=140825100000              # 龙兴镇, the county-seat township
houses_limit=10000                        # the largest page Anju serves

suite_houses() {
  local box
  box=$(IFS=,; echo "${houses_bbox[*]}")
  measure houses-bbox "houses in a box, C/D (\`GET /api/houses?bbox=$box&grade=C,D&limit=$houses_limit\`)" \
    "$(thousands "$houses") houses" "bench/sql/houses-bbox.sql" "" houses_bbox_anju houses_bbox_ref "houses_check bbox"
  measure houses-township "houses of a township (\`GET /api/houses?township=$houses_township&limit=$houses_limit\`)" \
    "$(thousands "$houses") houses" "bench/sql/houses-township.sql" "" houses_township_anju houses_township_ref "houses_check township"
}

houses_bbox_anju() {
  http_ms "$app/api/houses?bbox=$(IFS=,; echo "${houses_bbox[*]}")&grade=C,D&limit=$houses_limit" "$work/out/houses-bbox.json"
}

houses_bbox_ref() {
  sql_ms bench/sql/houses-bbox.sql "$work/out/houses-bbox.ref.json" -v minlon="${houses_bbox[0]}" \
    -v minlat="${houses_bbox[1]}" -v maxlon="${houses_bbox[2]}" -v maxlat="${houses_bbox[3]}" -v limit=$houses_limit
}

houses_township_anju() {
  http_ms "$app/api/houses?township=$houses_township&limit=$houses_limit" "$work/out/houses-township.json"
}

houses_township_ref() {
  sql_ms bench/sql/houses-township.sql "$work/out/houses-township.ref.json" -v township=$houses_township \
    -v limit=$houses_limit
}

# numberMatched must agree and the features must be identical (compared as sorted JSON).
houses_check() {
  local anju ref
  anju=$(jq -r '"\(.numberMatched) \(.numberReturned)"' "$work/out/houses-$1.json")
  ref=$(jq -r '"\(.numberMatched) \(.numberReturned)"' "$work/out/houses-$1.ref.json")
  [ "$anju" = "$ref" ] || { echo "numberMatched/Returned: Anju $anju, reference $ref"; return 1; }
  cmp -s <(jq -cS .features "$work/out/houses-$1.json") <(jq -cS .features "$work/out/houses-$1.ref.json") \
    || { echo "same numbers ($anju) but different features"; return 1; }
  echo "identical features (${anju#* } of ${anju% *})"
}
