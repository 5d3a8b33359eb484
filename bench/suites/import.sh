# Suite "import" (case 1): a zipped Shapefile of every house of the county, as a surveying company
# delivers it (GBK without .cpg, EPSG:4546 Gauss–Krüger, Chinese field names and values, no village
# column: bench/county-formats --survey-only), imported by Anju (`POST /api/imports`, layer=houses:
# encoding detection, reprojection, every row check, village found around each house, county test,
# duplicate codes, owners, insert, grade history, one transaction) vs
# `ogr2ogr -f PostgreSQL … --config PG_USE_COPY YES` of the same file into the same database (a plain
# copy into a new table with a GiST index; told the encoding, no reprojection, no checks).
# Goal: Anju at most as slow (ratio ≤ 1.0).
#
# The file's codes carry the prefix S, so that Anju inserts new houses next to the county's own (a
# county's first import): before each Anju run the S houses of the previous run are deleted and house
# vacuumed, untimed. Anju's heap is read from its GC log (bench/run starts it with -Xlog:gc), for the
# GCs during the timed imports only: the largest heap after a collection (what the import keeps) and
# the largest before one (what the young generation let grow).

import_file=
import_gc_from=0
import_floor_runs=3

suite_import() {
  log "making the survey Shapefile (GBK, EPSG:4546, codes S…)"
  bench/county-formats --survey-only --code-prefix S "$work/county" >&2
  import_file=$work/county/formats/houses-survey.shp.zip
  local size
  size=$(du -m "$import_file" | cut -f1)
  : >"$work/import-heap.txt"
  measure import "import a zipped Shapefile (\`POST /api/imports\`, layer=houses)" \
    "$(thousands "$houses") houses; ${size} MB zip, GBK without .cpg, EPSG:4546, no village column" \
    "ogr2ogr -f PostgreSQL, PG_USE_COPY" 1.0 import_anju import_ref import_check
  import_heap_report
  # Anju's phases in its last import (Importer logs them at DEBUG): read+checked row by row+staged, set-based checks, written
  import_phases=$( { grep -o 'import [0-9a-f-]*: [a-z]* after [0-9]* ms' "$work/app.log" || true; } | tail -3 \
    | awk '{ printf "%s%s %.1f s", (NR > 1 ? ", " : ""), $3, $5 / 1000 }')
  import_floor
  q "DELETE FROM house WHERE code LIKE 'S%'; DROP TABLE IF EXISTS bench_ref.house_survey" >/dev/null
  q "VACUUM ANALYZE house" >/dev/null
}

import_anju() {
  local reply ms
  q "DELETE FROM house WHERE code LIKE 'S%'; DELETE FROM import_house_row" >/dev/null
  q "VACUUM ANALYZE house" >/dev/null; q "VACUUM ANALYZE house_assessment" >/dev/null
  import_gc_from=$(wc -l <"$work/gc.log" 2>/dev/null || echo 0)
  reply=$(curl -sS "${curl_auth[@]}" -F "file=@$import_file" -F layer=houses -o "$work/out/import.json" \
    -w '%{http_code} %{time_total}' "$app/api/imports") || return 1
  if [ "${reply%% *}" != 200 ]; then
    echo "HTTP ${reply%% *} from POST /api/imports: $(head -c 600 "$work/out/import.json")" >&2
    return 1
  fi
  ms=$(awk -v s="${reply#* }" 'BEGIN { printf "%.1f\n", s * 1000 }')
  import_gc_window
  echo "$ms"
}

import_ref() {
  q "SET client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS bench_ref; DROP TABLE IF EXISTS bench_ref.house_survey" >/dev/null
  cmd_ms ogr2ogr -f PostgreSQL "PG:dbname=$db" "/vsizip/$import_file" -oo ENCODING=CP936 -nln bench_ref.house_survey \
    -lco GEOMETRY_NAME=location -lco SPATIAL_INDEX=GIST -lco FID=id --config PG_USE_COPY YES
}

# The GC log lines written during one Anju import: "… Pause Young (Normal) (G1 Evacuation Pause) 95M->41M(512M) …"
import_gc_window() {
  [ -f "$work/gc.log" ] || return 0
  tail -n +"$((import_gc_from + 1))" "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' \
    | awk -F'[M>(-]+' '{ if ($1 > before) before = $1; if ($2 > after) after = $2; max = $3 } END { if (NR) print before, after, max, NR }' \
    >>"$work/import-heap.txt"
}

# Both sides must hold every house of the file, at the same place (Anju in CGCS2000, ogr2ogr in the
# file's EPSG:4546), with the same address; Anju's report must say it inserted them all.
import_check() {
  local n_anju n_ref same reported
  reported=$(jq -r '"\(.inserted) \(.rejected) \(.rows_read)"' "$work/out/import.json")
  n_anju=$(q "SELECT count(*) FROM house WHERE code LIKE 'S%'")
  n_ref=$(q "SELECT count(*) FROM bench_ref.house_survey")
  [ "$n_anju" = "$houses" ] && [ "$n_ref" = "$houses" ] && [ "$reported" = "$houses 0 $houses" ] \
    || { echo "rows: Anju $n_anju (report: inserted, rejected, read = $reported), ogr2ogr $n_ref, file $houses"; return 1; }
  same=$(q "SELECT count(*) FROM bench_ref.house_survey r JOIN house h ON h.code = r.房屋编码
            WHERE ST_DWithin(ST_Transform(r.location, 4490), h.location, 1e-7) AND h.address = r.地址")
  [ "$same" = "$houses" ] || { echo "same rows ($houses) but only $same at the same place with the same address"; return 1; }
  echo "same rows ($houses), same places (< 1e-7°) and addresses"
}

# Heap during the timed imports, from the GC log (sizes in MB).
import_heap_report() {
  [ -s "$work/import-heap.txt" ] || return 0
  read -r import_heap_before import_heap_after import_heap_max import_gcs < <(awk '
    { if ($1 > b) b = $1; if ($2 > a) a = $2; m = $3; n += $4 } END { print b, a, m, n }' "$work/import-heap.txt")
  log "heap during the imports: at most $import_heap_after MB after a GC, $import_heap_before MB before one (max $import_heap_max MB, $import_gcs GCs)"
}

# The floor under Anju's import: PostgreSQL alone writing exactly the rows Anju's last import wrote
# (taken back out of house and house_assessment as CSV), by psql's \copy from a local file, into
# house (its key, 8 secondary indexes and 2 foreign keys) and house_assessment (its index and foreign
# key), in one transaction that commits — no reading, checking or reprojecting, no upload. Anju
# cannot be faster than this; when it is slower than ogr2ogr the goal cannot be met without changing
# what is written. import_floor_ms holds the median of $import_floor_runs runs.
import_floor() {
  # (a backslash command is one line: no line breaks in these)
  local cols="id, code, village_code, location, footprint, address, structure, storeys, year_built, floor_area, seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy, last_inspected_on, owner_household_id"
  q "\\copy (SELECT $cols FROM house WHERE code LIKE 'S%' ORDER BY id) TO '$work/floor-house.csv' WITH (FORMAT csv)" >/dev/null
  q "\\copy (SELECT a.house_id, a.grade, a.assessed_on, a.kind, a.assessor FROM house_assessment a JOIN house h ON h.id = a.house_id WHERE h.code LIKE 'S%' ORDER BY a.id) TO '$work/floor-grades.csv' WITH (FORMAT csv)" >/dev/null
  : >"$work/floor-ms.txt"
  local i ms
  for i in $(seq "$import_floor_runs"); do
    q "DELETE FROM house WHERE code LIKE 'S%'" >/dev/null
    q "VACUUM ANALYZE house" >/dev/null; q "VACUUM ANALYZE house_assessment" >/dev/null
    ms=$(cmd_ms psql -X -q -d "$db" -v ON_ERROR_STOP=1 -1 \
      -c "\\copy house ($cols) FROM '$work/floor-house.csv' WITH (FORMAT csv)" \
      -c "\\copy house_assessment (house_id, grade, assessed_on, kind, assessor) FROM '$work/floor-grades.csv' WITH (FORMAT csv)") \
      || return 1
    echo "$ms" >>"$work/floor-ms.txt"
  done
  import_floor_ms=$(percentile "$work/floor-ms.txt" 50)
  import_floor_rows=$(wc -l <"$work/floor-house.csv")
  log "floor: psql \\copy of Anju's $import_floor_rows rows into house + house_assessment: $(paste -sd' ' "$work/floor-ms.txt") ms"
  rm -f "$work/floor-house.csv" "$work/floor-grades.csv"
}
