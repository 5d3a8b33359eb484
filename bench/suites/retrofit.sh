# Suite "retrofit": seismic-retrofit candidates (农房抗震改造试点) with the default rules vs
# hand-written PostGIS SQL of the same rules (bench/sql/retrofit.sql).

suite_retrofit() {
  measure retrofit "retrofit candidates (\`GET /api/retrofit/candidates\`)" \
    "$(thousands "$houses") houses; intensity >= 7, default rules" "bench/sql/retrofit.sql" "" \
    retrofit_anju retrofit_ref retrofit_check
}

retrofit_anju() { http_ms "$app/api/retrofit/candidates" "$work/out/retrofit.json"; }

retrofit_ref() { sql_ms bench/sql/retrofit.sql "$work/out/retrofit.txt"; }

# Total, per-reason counts and the number of villages must agree.
retrofit_check() {
  local anju ref
  anju=$(jq -r '[.candidates, (.by_reason | map(.candidates) | join(",")), (.villages | length)] | join(" ")' \
           "$work/out/retrofit.json")
  ref="$(awk -F'|' '$1 == "total" { print $5 }' "$work/out/retrofit.txt") $(awk -F'|' '$1 == "reason" { print $5 }' \
          "$work/out/retrofit.txt" | paste -sd,) $(grep -c '^village|' "$work/out/retrofit.txt")"
  [ "$anju" = "$ref" ] || { echo "candidates, reasons, villages: Anju $anju, reference $ref"; return 1; }
  echo "same candidates (${anju%% *}), reasons and villages"
}
