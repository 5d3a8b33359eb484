# Suite "export": the prioritised target list as a file (CSV, XLSX, GeoPackage, zipped Shapefile, KML, GeoJSON),
# Anju's download vs ogr2ogr (GDAL) exporting the same rows — bench/sql/targets.sql, which joins
# house, village, township and main household — from the same database to the same format.
# Goal: Anju within 1.5x of ogr2ogr.
#
# The sample flood covers only about 5 % of the houses (about 52,000 at 10^6 houses), so the list is
# that of a rectangle drawn over the east of the county (about 14.5 % of the houses: 145,000 rows at
# 10^6), registered as a disaster through POST /api/disasters like a footprint drawn on the map. Not a
# buffer: Anju's buffered overlay is itself far slower than the export (see the affected suite) and
# would hide the cost of writing the files.

export_box='[[111.30,35.48],[111.43,35.48],[111.43,35.79],[111.30,35.79],[111.30,35.48]]'
export_formats=(${BENCH_EXPORT_FORMATS:-csv xlsx gpkg shp.zip kml geojson})   # BENCH_EXPORT_FORMATS="gpkg kml": only some

suite_export() {
  local rows format
  export_event=$(q "SELECT id FROM disaster_event WHERE code = 'BENCH-EXPORT'")   # a database kept with --db
  [ -n "$export_event" ] || export_event=$(curl -sS "${curl_auth[@]}" -X POST -H 'Content-Type: application/geo+json' "$app/api/disasters" --data @- <<JSON | jq -r .id
{"type": "Feature", "properties": {"code": "BENCH-EXPORT", "name": "基准测试排查区（东部矩形）", "type": "OTHER",
 "started_on": "2026-01-01"}, "geometry": {"type": "Polygon", "coordinates": [$export_box]}}
JSON
  )
  [[ "$export_event" =~ ^[0-9]+$ ]] || { echo "could not register the export rectangle: $export_event" >&2; return 1; }
  sed "s/:event\b/$export_event/g" bench/sql/targets.sql >"$work/targets.sql"
  rows=$(q "SELECT count(*) FROM house h JOIN disaster_footprint f ON ST_Intersects(h.location, f.area)
            WHERE f.event_id = $export_event AND h.occupancy <> 'DEMOLISHED'")
  for format in "${export_formats[@]}"; do
    measure "export-$format" "target list as $format (\`GET /api/disasters/{id}/affected/targets.$format\`)" \
      "$(thousands "$houses") houses; $rows rows (drawn rectangle)" "ogr2ogr -sql bench/sql/targets.sql" 1.5 \
      "export_anju $format" "export_ref $format" "export_check $format"
  done
}

export_anju() {
  rm -f "$work/out/anju.$1"
  http_ms "$app/api/disasters/$export_event/affected/targets.$1" "$work/out/anju.$1"
}

export_ref() {
  local out="$work/out/ref.$1" driver options=()
  rm -f "$out"
  case $1 in
    csv) driver=CSV; options=(-lco WRITE_BOM=YES) ;;
    xlsx) driver=XLSX ;;
    gpkg) driver=GPKG ;;
    shp.zip) driver="ESRI Shapefile"; options=(-lco ENCODING=UTF-8) ;;
    kml) driver=KML; options=(-dsco NameField=house_code -dsco DescriptionField=reason) ;;
    geojson) driver=GeoJSON ;;
  esac
  cmd_ms ogr2ogr -f "$driver" "$out" "PG:dbname=$db" -sql "@$work/targets.sql" -nln targets -a_srs EPSG:4490 \
    "${options[@]}"
}

# Both files must hold the same number of features, as GDAL reads them.
export_check() {
  local anju ref path=$work/out
  [ "$1" = shp.zip ] && path=/vsizip/$work/out
  anju=$(ogrinfo -ro -so -al "$path/anju.$1" 2>/dev/null | awk '/^Feature Count/ { n += $3 } END { print n + 0 }')
  ref=$(ogrinfo -ro -so -al "$path/ref.$1" 2>/dev/null | awk '/^Feature Count/ { n += $3 } END { print n + 0 }')
  [ "$anju" = "$ref" ] && [ "$anju" -gt 0 ] || { echo "features: Anju $anju, ogr2ogr $ref"; return 1; }
  echo "same rows ($anju); files $(du -k "$work/out/anju.$1" | cut -f1) KB vs $(du -k "$work/out/ref.$1" | cut -f1) KB"
}
