# Writes the results of bench/run (sourced, not run): a dated section in docs/BENCHMARKS.md
# (replacing one of the same date, commit and size) and bench/results/<date>-<commit>.csv (replacing
# the rows of the same size; the first column is the size). With --no-report only prints the section.
#
# Reads $results (from measure), the start-up/load figures and the run settings of bench/run.

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.2f", a / b }'; }

csv_field() {
  local v=$1
  if [[ "$v" == *[,\"]* ]]; then v="\"${v//\"/\"\"}\""; fi
  printf '%s' "$v"
}

csv_row() {
  local first=1 f
  for f in "$@"; do
    [ $first = 1 ] || printf ','
    csv_field "$f"; first=0
  done
  printf '\n'
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
rate() { thousands "$(awk -v n="$1" -v ms="$2" 'BEGIN { printf "%d", n / ms * 1000 }')"; }
thousands() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<<"$1"; }

# import_lines — the rows about the import case: heap during the timed imports, rates, phases.
import_lines() {
  if [ -n "${import_heap_after:-}" ]; then
    echo "| heap during the timed imports (GC log, ${import_gcs} collections): largest after a collection / before one | $import_heap_after MB / $import_heap_before MB of $import_heap_max MB | |"
  fi
  local import_row
  import_row=$(awk -F'\x1f' '$1 == "import" && $6 != "" { print $6, $8 }' "$results")
  if [ -n "$import_row" ]; then
    echo "| import rates at p50: Anju / ogr2ogr | | $(rate "$houses" "${import_row% *}") / $(rate "$houses" "${import_row#* }") rows/s |"
    [ -z "${import_phases:-}" ] || echo "| Anju's last import, time at the end of each phase | $import_phases | |"
    [ -z "${import_floor_ms:-}" ] || echo "| the floor: PostgreSQL alone writing the $(thousands "$import_floor_rows") houses and the grades of Anju's last import (\`psql \\copy\` into \`house\` + \`house_assessment\`, one transaction, median of $import_floor_runs) | $(seconds "$import_floor_ms") s = $(ratio "$import_floor_ms" "${import_row#* }")× ogr2ogr's p50 | |"
  fi
}

write_report() {
  local day commit cores mem cpu versions section csv key
  day=$(date +%F)
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  [ -z "$(git status --porcelain -- src pom.xml 2>/dev/null)" ] || commit="$commit-dirty"
  [ -z "$jar_label" ] || commit="$jar_label"
  cores=$(nproc)
  mem=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  versions="$(psql -X -At -d "$db" -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version()"), $(ogr2ogr --version | cut -d, -f1), Java $(java -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }')"
  key="$day $commit $houses"

  local rows_loaded houses_step houses_rows houses_ms
  # rows stored: every step but residences (links set on households already counted)
  rows_loaded=$(awk '!/^residences/ { for (i = 1; i <= NF; i++) if ($i == "rows") n += $(i - 1) } END { print n + 0 }' "$work/load-steps.txt")
  houses_step=$(grep '^houses:' "$work/load-steps.txt" || true)
  houses_rows=$(awk '{ print $2 }' <<<"$houses_step"); houses_ms=$(awk '{ print $5 }' <<<"$houses_step")

  section=$(
    echo "<!-- bench-run $key -->"
    echo "### $day, commit $commit, $(thousands "$houses") houses"
    echo
    echo "$cores cores ($cpu), $mem GiB; $versions; PostgreSQL JIT $jit. Per case $repeat timed runs of each"
    echo "side (fewer where noted, never below 5) after up to $warmup warm-ups, interleaved; nearest-rank p50/p95 in ms."
    echo
    echo "The last column is the machine's 1-minute load average before the timed runs of the case (lowest–highest):"
    echo "the machine is shared, and a ratio measured at load 6 is noisier than one at load 1."
    echo
    echo "| case | data | Anju p50 / p95 | reference | reference p50 / p95 | ratio p50 / p95 | goal | same answer? | load |"
    echo "|---|---|---|---|---|---|---|---|---|"
    local id label data reference goal a50 a95 r50 r95 runs verdict note failure load x50 x95 g
    while IFS=$'\x1f' read -r id label data reference goal a50 a95 r50 r95 runs verdict note failure load; do
      if [[ "$failure" == skipped:* ]]; then
        echo "| $label | $data | — | $reference | | | ${goal:+≤ $goal×} | ${failure#skipped: } | |"
        continue
      elif [ -n "$failure" ]; then
        echo "| $label | $data | **failed** | $reference | | | ${goal:+≤ $goal×} | $failure | |"
        continue
      fi
      x50=$(ratio "$a50" "$r50"); x95=$(ratio "$a95" "$r95")
      g=""
      if [ -n "$goal" ]; then
        g="≤ $goal×: $(awk -v x="$x50" -v g="$goal" 'BEGIN { print (x <= g) ? "met" : "**missed**" }')"
      fi
      echo "| $label | $data${note:+ ($note)} | $a50 / $a95 | $reference | $r50 / $r95 | **$x50** / $x95 | $g | $verdict | $load |"
    done <"$results"
    echo
    if [ "$reused" = yes ]; then
      echo "Database \`$db\` reused from an earlier run (\`--db\`): no start-up and load figures; Anju started in $startup_s s."
      [ -z "$heap_loaded_mb" ] || echo "Heap used after start-up, after a full GC: $heap_loaded_mb MB of ${heap_max_mb:-?} MB max; after all suites: ${heap_after_mb:-?} MB."
      if [ -n "${import_heap_after:-}" ]; then
        echo
        echo "| import (case 1) | | |"
        echo "|---|---|---|"
        import_lines
      fi
    else
      echo "| start-up and loading (case 7; one run each, so no ratio) | time | rate |"
      echo "|---|---|---|"
      echo "| Anju start-up (Spring's \"Started AnjuApplication in\") | $startup_s s | |"
      echo "| county package load, all files ($(thousands "$rows_loaded") rows) | $(seconds "$load_ms") s | $(rate "$rows_loaded" "$load_ms") rows/s |"
      [ -z "$houses_ms" ] || echo "| … of which houses.geojson ($(thousands "$houses_rows") houses) | $(seconds "$houses_ms") s | $(rate "$houses_rows" "$houses_ms") rows/s |"
      [ -z "$ogr_load_ms" ] || echo "| reference: ogr2ogr loads houses.geojson into a plain table with a GiST index | $(seconds "$ogr_load_ms") s | $(rate "$houses_rows" "$ogr_load_ms") rows/s |"
      echo "| process launch until the county is loaded | $(seconds "$ready_ms") s | |"
      [ -z "$heap_loaded_mb" ] || echo "| heap used after loading, after a full GC (\`jcmd GC.run\`, \`GC.heap_info\`) | $heap_loaded_mb MB of ${heap_max_mb:-?} MB max | |"
      [ -z "$heap_after_mb" ] || echo "| heap used after all suites, after a full GC | $heap_after_mb MB | |"
      import_lines
      echo
      echo "Loader steps (reading, checking and sending each file): $(paste -sd';' "$work/load-steps.txt" | sed 's/;/; /g')."
      if [ -s "$work/load-moves.txt" ]; then
        echo
        echo "PostgreSQL bulk path, after the files (staged rows moved into the tables, indexes and foreign keys built, ANALYZE): $(sed -E 's/^(ALTER TABLE ([a-z_]+) ADD CONSTRAINT ([a-z_]+) .* in)/\2.\3 in/; s/^CREATE INDEX ([a-z_]+) .* in/index \1 in/' "$work/load-moves.txt" | paste -sd';' | sed 's/;/; /g')."
      fi
    fi
    echo "<!-- /bench-run -->"
  )
  echo "$section"
  [ "$report" = yes ] || return 0

  # docs/BENCHMARKS.md: drop a section with the same key, append this one
  local doc=docs/BENCHMARKS.md
  awk -v key="<!-- bench-run $key -->" '
    $0 == key { skip = 1; next }
    skip && $0 == "<!-- /bench-run -->" { skip = 0; getline; if ($0 != "") print; next }
    !skip { print }' "$doc" >"$work/doc.md"
  { cat "$work/doc.md"; echo; echo "$section"; } | cat -s >"$doc"

  # bench/results/<date>-<commit>.csv: keep the rows of other sizes, add these
  mkdir -p bench/results
  csv=bench/results/$day-$(tr -c 'A-Za-z0-9.\n-' '_' <<<"$commit" | tr -s _).csv
  local header="houses,case,label,data,anju_p50_ms,anju_p95_ms,reference,ref_p50_ms,ref_p95_ms,ratio_p50,ratio_p95,goal,runs,warmup,check,cores,mem_gib,jit,date,commit,load_1min"
  {
    echo "$header"
    [ -f "$csv" ] && tail -n +2 "$csv" | awk -F, -v n="$houses" '$1 != n' || true
    while IFS=$'\x1f' read -r id label data reference goal a50 a95 r50 r95 runs verdict note failure load; do
      csv_row "$houses" "$id" "$label" "$data" "$a50" "$a95" "$reference" "$r50" "$r95" "$(ratio "$a50" "$r50")" \
        "$(ratio "$a95" "$r95")" "$goal" "$runs" "$warmup" "${failure:-$verdict}" "$cores" "$mem" "$jit" "$day" "$commit" "$load"
    done <"$results"
    [ "$reused" = yes ] || csv_row "$houses" startup "Anju start-up (Spring 'Started … in')" "" "$(awk -v s="$startup_s" 'BEGIN { printf "%.0f", s * 1000 }')" "" \
      "" "" "" "" "" "" 1 0 "" "$cores" "$mem" "$jit" "$day" "$commit"
    [ "$reused" = yes ] || csv_row "$houses" load "county package load (all files)" "$rows_loaded rows" "$load_ms" "" \
      "ogr2ogr houses.geojson only" "${ogr_load_ms%.*}" "" "" "" "" 1 0 "houses step: $houses_ms ms" "$cores" "$mem" "$jit" "$day" "$commit"
    csv_row "$houses" heap-loaded "heap used after loading, after a full GC (MB)" "" "$heap_loaded_mb" "" \
      "max heap (MB)" "$heap_max_mb" "" "" "" "" 1 0 "" "$cores" "$mem" "$jit" "$day" "$commit"
    csv_row "$houses" heap-after "heap used after all suites, after a full GC (MB)" "" "$heap_after_mb" "" \
      "" "" "" "" "" "" 1 0 "" "$cores" "$mem" "$jit" "$day" "$commit"
    [ -z "${import_heap_after:-}" ] || csv_row "$houses" heap-import "heap during the timed imports: largest after a GC (MB)" "" \
      "$import_heap_after" "" "largest before a GC (MB)" "$import_heap_before" "" "" "" "" "$import_gcs" 0 \
      "max heap $import_heap_max MB" "$cores" "$mem" "$jit" "$day" "$commit"
  } >"$work/results.csv"
  mv "$work/results.csv" "$csv"
  echo "written: $doc (section '$key'), $csv" >&2
}
