#!/usr/bin/env bash
# Makes sure what the test suite needs is installed and running, installing it from Debian
# packages when missing (CI runs on a clean machine): PostgreSQL with PostGIS 3 on 127.0.0.1:5432,
# Chromium for the browser tests and GDAL (ogrinfo/ogr2ogr) as an independent reader of exports and
# OGC API client. Called by Maven before the tests (see pom.xml, phase
# process-test-classes); safe to run again, it only acts on what is missing.
set -euo pipefail

log() { printf '[test-prerequisites] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=yes
  fi
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_major=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1 || true)
if [ -z "$pg_major" ]; then
  apt_install postgresql postgresql-15-postgis-3
  pg_major=$(ls /etc/postgresql | sort -n | tail -1)
fi
if ! ls /usr/share/postgresql/"$pg_major"/extension/postgis.control >/dev/null 2>&1; then
  apt_install "postgresql-$pg_major-postgis-3"
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  log "starting PostgreSQL $pg_major"
  as_root pg_ctlcluster --skip-systemctl-redirect "$pg_major" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 >/dev/null || { log "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt_install chromium chromium-driver
fi
if ! command -v ogrinfo >/dev/null || ! command -v ogr2ogr >/dev/null; then
  apt_install gdal-bin
fi
# GDAL's ogrinfo/ogr2ogr read back every export format and act as the OGC API client in the tests
# Chinese glyphs for browser screenshots (the UI is zh-CN first)
if ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk'; then
  apt_install fonts-wqy-zenhei fontconfig
fi
log "ready: PostgreSQL $pg_major + PostGIS, $(chromium --version 2>/dev/null | head -1), $(ogrinfo --version 2>/dev/null)"
