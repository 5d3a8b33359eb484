# Suite "tiles": vector tiles of houses, GET /tiles/houses/{z}/{x}/{y}.mvt, at z10, z13 and z16, vs
# raw ST_AsMVT SQL over the same rows (bench/sql/tiles-points.sql from z12 on, where every house is
# a point; bench/sql/tiles-cells.sql below it, where houses are counted in cells of a global grid,
# 8 x 8 per tile — Anju's design, see its tiles package). Goal (issue 8): p95 within 1.5x.
#
# Each timed run fetches one tile; runs cycle through the tiles of the zoom that hold the most
# houses (bench/sql/tiles-list.sql: all of them at z10, the 20 busiest at z13 and z16), Anju and
# the reference through the same tiles in the same order. Skipped, with a message, when the
# endpoint is not in the jar (HTTP 404).

tiles_zooms=(10 13 16)
tiles_per_zoom=20
tiles_points_from=12   # Anju's anju.tiles.points-from-zoom default

suite_tiles() {
  local z first status count
  first=$(q "SELECT x || '/' || y FROM ($(sed 's/:z/10/g; s/:n/1/g; s/;$//' bench/sql/tiles-list.sql)) t")
  status=$(curl -sS "${curl_auth[@]}" -o /dev/null -w '%{http_code}' "$app/tiles/houses/10/$first.mvt")
  if [ "$status" = 404 ]; then
    echo "== tiles: GET /tiles/houses/10/$first.mvt answers 404 — no tile endpoint in this jar; suite skipped" >&2
    for z in "${tiles_zooms[@]}"; do
      record_skipped "tiles-z$z" "vector tiles z$z (\`GET /tiles/houses/$z/{x}/{y}.mvt\`)" "$(thousands "$houses") houses" \
        "$(tiles_reference "$z")" 1.5 "skipped: the jar has no tile endpoint (HTTP 404)"
    done
    return 0
  fi
  mkdir -p "$work/out/tiles"
  for z in "${tiles_zooms[@]}"; do
    q "$(sed "s/:z/$z/g; s/:n/$tiles_per_zoom/g" bench/sql/tiles-list.sql)" | tr '|' ' ' >"$work/tiles-$z.txt"
    count=$(wc -l <"$work/tiles-$z.txt")
    echo 0 >"$work/tiles-$z.anju"; echo 0 >"$work/tiles-$z.ref"
    measure "tiles-z$z" "vector tiles z$z (\`GET /tiles/houses/$z/{x}/{y}.mvt\`)" \
      "$(thousands "$houses") houses; $count tiles with the most houses ($(awk '{ n += $3 } END { printf "%d", n / NR }' \
        "$work/tiles-$z.txt") houses a tile on average)" "$(tiles_reference "$z")" 1.5 \
      "tiles_anju $z" "tiles_ref $z" "tiles_check $z"
  done
}

tiles_reference() {
  if [ "$1" -ge "$tiles_points_from" ]; then echo "bench/sql/tiles-points.sql"; else echo "bench/sql/tiles-cells.sql"; fi
}

# tiles_next Z SIDE — the next tile of zoom Z for this side, as "x y" (a counter file per side,
# since every run happens in a subshell).
tiles_next() {
  local n lines
  n=$(cat "$work/tiles-$1.$2")
  lines=$(wc -l <"$work/tiles-$1.txt")
  echo $(((n + 1) % lines)) >"$work/tiles-$1.$2"
  sed -n "$((n % lines + 1))p" "$work/tiles-$1.txt" | awk '{ print $1, $2 }'
}

tiles_anju() {
  local x y
  read -r x y < <(tiles_next "$1" anju)
  echo "$x $y" >"$work/out/tiles/anju-$1.xy"
  http_ms "$app/tiles/houses/$1/$x/$y.mvt" "$work/out/tiles/anju-$1.mvt"
}

tiles_ref() {
  local x y
  read -r x y < <(tiles_next "$1" ref)
  echo "$x $y" >"$work/out/tiles/ref-$1.xy"
  sql_ms "$(tiles_reference "$1")" "$work/out/tiles/ref-$1.hex" -v z="$1" -v x="$x" -v y="$y"
}

# The last tile of both sides must be the same tile with the same number of features per layer (as
# GDAL's MVT driver reads them).
tiles_check() {
  local z=$1 anju ref dir=$work/out/tiles
  cmp -s "$dir/anju-$z.xy" "$dir/ref-$z.xy" || { echo "not the same tile: $(cat "$dir/anju-$z.xy") vs $(cat "$dir/ref-$z.xy")"; return 1; }
  sed 's/^\\x//' "$dir/ref-$z.hex" | xxd -r -p >"$dir/ref-$z.mvt"
  anju=$(tiles_features "$dir/anju-$z.mvt" "$z"); ref=$(tiles_features "$dir/ref-$z.mvt" "$z")
  [ "$anju" = "$ref" ] && [ -n "$anju" ] || { echo "features: Anju $anju, reference $ref"; return 1; }
  echo "same features ($anju) in tile $z/$(tr ' ' / <"$dir/anju-$z.xy"); $(du -b "$dir/anju-$z.mvt" | cut -f1) vs $(du -b "$dir/ref-$z.mvt" | cut -f1) bytes"
}

tiles_features() {
  local x y
  read -r x y <"${1%.mvt}.xy"
  ogrinfo -ro -so -al -oo Z="$2" -oo X="$x" -oo Y="$y" "$1" 2>/dev/null \
    | awk '/^Layer name/ { l = $3 } /^Feature Count/ { printf "%s%s %s", sep, l, $3; sep = ", " }'
}
