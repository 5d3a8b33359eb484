# Suite "ogcapi": case 6 of issue 8, OGC API – Features items of the houses collection
# (GET /ogcapi/collections/houses/items, docs/API.md) with a bbox, a CQL2 filter, a deep page and a
# spatial filter, vs hand-written SQL that builds the same FeatureCollection in PostGIS
# (bench/sql/ogcapi-*.sql). Same answer: numberMatched, numberReturned and the features as sorted
# JSON. Skipped, with a row saying so, when the jar has no /ogcapi (HTTP 404).

ogcapi_bbox=(111.10 35.55 111.30 35.70)   # the Fen valley around the county seat, as the houses suite
ogcapi_limit=1000                         # a client's page (QGIS asks for 1000 at a time)
ogcapi_filter="grade IN ('C','D') AND occupancy='OCCUPIED'"
# a drawn pentagon inside the box (CRS84 lon/lat, as CQL2 literals are)
ogcapi_polygon="POLYGON((111.15 35.58,111.25 35.57,111.28 35.64,111.20 35.68,111.13 35.63,111.15 35.58))"

suite_ogcapi() {
  local box status c data
  box=$(IFS=,; echo "${ogcapi_bbox[*]}")
  # a page nine tenths into the collection, as a client following the next links reaches it
  ogcapi_deep_offset=$((houses * 9 / 10 / ogcapi_limit * ogcapi_limit))
  data="$(thousands "$houses") houses"
  status=$(curl -sS "${curl_auth[@]}" -o /dev/null -w '%{http_code}' "$app/ogcapi/collections/houses/items?limit=1")
  if [ "$status" = 404 ]; then
    echo "== ogcapi: GET /ogcapi/collections/houses/items answers 404 — no OGC API in this jar; suite skipped" >&2
    for c in bbox filter deep polygon; do
      record_skipped "ogcapi-$c" "OGC API items, $c" "$data" "bench/sql/ogcapi-$c.sql" "" \
        "skipped: the jar has no OGC API (HTTP 404)"
    done
    return 0
  fi
  measure ogcapi-bbox "OGC API items in a box (\`GET /ogcapi/collections/houses/items?bbox=$box&limit=$ogcapi_limit\`)" \
    "$data" bench/sql/ogcapi-bbox.sql "" "ogcapi_anju bbox" "ogcapi_ref bbox" "ogcapi_check bbox"
  measure ogcapi-filter "OGC API items in a box, CQL2 filter (\`…&filter=$ogcapi_filter&filter-lang=cql2-text\`)" \
    "$data" bench/sql/ogcapi-filter.sql "" "ogcapi_anju filter" "ogcapi_ref filter" "ogcapi_check filter"
  measure ogcapi-deep "OGC API items, a deep page (\`GET /ogcapi/collections/houses/items?limit=$ogcapi_limit&offset=$ogcapi_deep_offset\`)" \
    "$data" bench/sql/ogcapi-deep.sql "" "ogcapi_anju deep" "ogcapi_ref deep" "ogcapi_check deep"
  measure ogcapi-polygon "OGC API items in a polygon (\`…?limit=$ogcapi_limit&filter=S_INTERSECTS(geometry,POLYGON(…))\`, 5 vertices)" \
    "$data" bench/sql/ogcapi-polygon.sql "" "ogcapi_anju polygon" "ogcapi_ref polygon" "ogcapi_check polygon"
}

ogcapi_uri() { jq -rn --arg v "$1" '$v | @uri'; }

# ogcapi_anju CASE — the request of the case, answer in $work/out/ogcapi-CASE.json
ogcapi_anju() {
  local url=$app/ogcapi/collections/houses/items?limit=$ogcapi_limit box
  box=$(IFS=,; echo "${ogcapi_bbox[*]}")
  case $1 in
    bbox) url+="&bbox=$box" ;;
    filter) url+="&bbox=$box&filter=$(ogcapi_uri "$ogcapi_filter")&filter-lang=cql2-text" ;;
    deep) url+="&offset=$ogcapi_deep_offset" ;;
    polygon) url+="&filter=$(ogcapi_uri "S_INTERSECTS(geometry,$ogcapi_polygon)")&filter-lang=cql2-text" ;;
  esac
  http_ms "$url" "$work/out/ogcapi-$1.json"
}

# ogcapi_ref CASE — bench/sql/ogcapi-CASE.sql, answer in $work/out/ogcapi-CASE.ref.json
ogcapi_ref() {
  local offset=0
  [ "$1" != deep ] || offset=$ogcapi_deep_offset
  sql_ms "bench/sql/ogcapi-$1.sql" "$work/out/ogcapi-$1.ref.json" -v minlon="${ogcapi_bbox[0]}" \
    -v minlat="${ogcapi_bbox[1]}" -v maxlon="${ogcapi_bbox[2]}" -v maxlat="${ogcapi_bbox[3]}" \
    -v limit=$ogcapi_limit -v offset=$offset -v wkt="$ogcapi_polygon"
}

# numberMatched and numberReturned must agree, and the features be identical (sorted JSON).
ogcapi_check() {
  local anju ref
  anju=$(jq -r '"\(.numberMatched) \(.numberReturned)"' "$work/out/ogcapi-$1.json")
  ref=$(jq -r '"\(.numberMatched) \(.numberReturned)"' "$work/out/ogcapi-$1.ref.json")
  [ "$anju" = "$ref" ] || { echo "numberMatched/Returned: Anju $anju, reference $ref"; return 1; }
  [ "${anju#* }" -gt 0 ] || { echo "no features on either side ($anju)"; return 1; }
  cmp -s <(jq -cS .features "$work/out/ogcapi-$1.json") <(jq -cS .features "$work/out/ogcapi-$1.ref.json") \
    || { echo "same numbers ($anju) but different features"; return 1; }
  echo "identical features (${anju#* } of ${anju% *})"
}
