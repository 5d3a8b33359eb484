/**
 * OGC API – Features (Part 1 Core with GeoJSON, Part 2 CRS for CRS84 and EPSG:4490, Part 3
 * queryables and CQL2-text filtering) over Anju's layers — 农房 houses, 农户 households (personal
 * data masked), 乡镇/行政村 administrative areas, 抗震设防烈度 seismic zones and disaster footprints —
 * so that QGIS, GDAL/ogr2ogr and other OGC clients read them directly (landing page {@code /ogcapi}).
 *
 * <p>Every layer is described once in {@link org.anju.ogcapi.Layers}; all of its SQL is assembled in
 * {@link org.anju.ogcapi.LayerSql} — the one place where a per-user jurisdiction condition (issue 7)
 * joins every query. Filters arrive as CQL2 text, are parsed with GeoTools ECQL and translated by
 * {@link org.anju.ogcapi.CqlToSql} into SQL over a whitelist of queryable properties with bound
 * values; anything else is refused with 400. The same layers feed the downloads of
 * {@code org.anju.export}.
 */
package org.anju.ogcapi;
