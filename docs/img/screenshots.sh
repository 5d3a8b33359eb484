#!/usr/bin/env bash
# Re-makes the README screenshots from a running Anju with the sample county
# (`mvn spring-boot:run`, or ANJU_URL=http://host:port). Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")"
url=${ANJU_URL:-http://127.0.0.1:8080}
shot() { timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=25000 \
  --window-size=1400,900 --screenshot="$PWD/$1" "$2" 2>/dev/null; }
shot map-county.png "$url/#11/35.61/111.22"                   # the county: occupied C/D houses counted per cell
shot map-house.png "$url/?house=140825100201-0834"            # a D house of a 低保 household by the river
