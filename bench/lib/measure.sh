# Timing and statistics for bench/run (sourced, not run). Every timer prints one number, the
# elapsed milliseconds, and returns non-zero when the thing it timed failed.
#
# Needs: $db (database name), $work (temporary directory), $warmup, $repeat, $budget, $results
# (the file cases are appended to, one line per case, fields separated by the ASCII unit separator). PostgreSQL connection from PGHOST/PGPORT/PGUSER.

# http_ms URL OUT — curl's total time (connect, request, server work, whole body) for a GET that
# must answer 200; the body is written to OUT. Authenticated with the session of bench/run's form
# login (timed_auth), so no password hash is checked inside a timed request.
http_ms() {
  local reply
  reply=$(curl -sS "${timed_auth[@]}" -o "$2" -w '%{http_code} %{time_total}' "$1") || return 1
  if [ "${reply%% *}" != 200 ]; then
    echo "HTTP ${reply%% *} from $1: $(head -c 300 "$2")" >&2
    return 1
  fi
  awk -v s="${reply#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# sql_ms FILE OUT [psql options…] — the statement's time as psql's \timing reports it (from sending
# the query to having the whole result, as a client library sees it); the result goes to OUT,
# unaligned. Pass psql variables as -v name=value.
sql_ms() {
  local file=$1 out=$2 times
  shift 2
  times=$({ echo '\timing on'; cat "$file"; } \
    | psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 -o "$out" "$@" 2>"$work/psql.err") \
    || { cat "$work/psql.err" >&2; return 1; }
  grep -o 'Time: [0-9.]*' <<<"$times" | awk '{ t += $2 } END { if (NR == 0) exit 1; printf "%.1f\n", t }'
}

# cmd_ms COMMAND… — wall-clock time of a command (process start to exit), stderr kept in $work/cmd.err.
cmd_ms() {
  local started ended
  started=$(date +%s%N)
  "$@" >/dev/null 2>"$work/cmd.err" || { cat "$work/cmd.err" >&2; return 1; }
  ended=$(date +%s%N)
  awk -v ns=$((ended - started)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
}

# load_1min — the 1-minute load average now (the machine is shared: read each ratio with it).
load_1min() { cut -d' ' -f1 /proc/loadavg; }

# load_range FILE — "min–max" of the load averages in FILE (one per line).
load_range() {
  sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR) printf "%.1f–%.1f", lo, hi }'
}

# percentile FILE P — nearest-rank percentile of the numbers in FILE (one per line).
percentile() {
  sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; printf "%.1f", v[i] }'
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# measure ID LABEL DATA REFERENCE GOAL ANJU_FN REF_FN CHECK_FN
#   Runs ANJU_FN and REF_FN (each prints its milliseconds) $warmup times untimed, then $repeat times
#   each, interleaved, alternating which goes first. Fewer runs when they would exceed $budget
#   seconds, but never fewer than 5. CHECK_FN (run once at the end, on the outputs of the last runs)
#   prints whether both gave the same answer. The 1-minute load average is sampled before every
#   timed pair and reported as its range. Appends one row to $results.
measure() {
  local id=$1 label=$2 data=$3 reference=$4 goal=$5 anju=$6 ref=$7 check=$8
  local a r i started pair=0 runs note=""
  echo "== $label" >&2
  for ((i = 1; i <= warmup; i++)); do
    started=$(now_ms)
    if ! a=$($anju) || ! r=$($ref); then
      record_failure "$id" "$label" "$data" "$reference" "$goal" "failed during warm-up"
      return 0
    fi
    pair=$(( $(now_ms) - started ))
    echo "   warm-up $i: Anju $a ms, reference $r ms" >&2
    # a slow case is warm after one run; do not spend the budget warming it
    if [ $((pair * 10)) -gt $((budget * 1000)) ]; then break; fi
  done
  runs=$repeat
  if [ "$pair" -gt 0 ] && [ $((runs * pair)) -gt $((budget * 1000)) ]; then
    runs=$((budget * 1000 / pair))
    [ "$runs" -ge 5 ] || runs=5
    [ "$runs" -lt "$repeat" ] && note="$runs runs (time budget)"
  fi
  : >"$work/t.anju"; : >"$work/t.ref"; : >"$work/t.load"
  for ((i = 1; i <= runs; i++)); do
    load_1min >>"$work/t.load"
    if ((i % 2)); then
      a=$($anju) && r=$($ref) || { record_failure "$id" "$label" "$data" "$reference" "$goal" "failed in run $i"; return 0; }
    else
      r=$($ref) && a=$($anju) || { record_failure "$id" "$label" "$data" "$reference" "$goal" "failed in run $i"; return 0; }
    fi
    echo "$a" >>"$work/t.anju"; echo "$r" >>"$work/t.ref"
  done
  local a50 a95 r50 r95 verdict load
  a50=$(percentile "$work/t.anju" 50); a95=$(percentile "$work/t.anju" 95)
  r50=$(percentile "$work/t.ref" 50); r95=$(percentile "$work/t.ref" 95)
  verdict=$($check 2>&1) || verdict="DIFFERENT: $verdict"
  load=$(load_range "$work/t.load")
  printf '%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\n' "$id" "$label" "$data" "$reference" "$goal" \
    "$a50" "$a95" "$r50" "$r95" "$runs" "$verdict" "$note" "" "$load" >>"$results"
  echo "   Anju p50/p95 $a50/$a95 ms, reference $r50/$r95 ms over $runs runs; load $load; $verdict" >&2
}

# record_skipped ID LABEL DATA REFERENCE GOAL WHY — a case that cannot run against this jar.
record_skipped() {
  printf '%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f\x1f\x1f\x1f\x1f0\x1f\x1f\x1f%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$results"
  echo "   SKIPPED: $6" >&2
}

record_failure() {
  printf '%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f\x1f\x1f\x1f\x1f0\x1f\x1f\x1f%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$results"
  echo "   FAILED: $6 (see above)" >&2
}
