/**
 * 导出 — writes lists of houses to check ("target lists": houses affected by a disaster, people
 * living in dangerous houses, seismic-retrofit candidates) and whole layers (houses, households,
 * administrative areas, seismic zones, disaster footprints; see {@code org.anju.ogcapi}) as CSV,
 * Excel, GeoJSON, KML or KMZ (for phone map apps offline), GeoPackage, zipped Shapefile (UTF-8 or GBK) and FlatGeobuf, point or
 * multipolygon ({@link org.anju.export.GeometryKind}), in CGCS2000 or a projected
 * {@link org.anju.export.OutputCrs}, for emergency teams, planners and surveyors.
 *
 * <p>The machinery is generic over a {@link org.anju.export.TableSchema}: a feature builds the
 * schema once, streams its rows (sorted by priority) into an {@link org.anju.export.ExportWriter}
 * from {@link org.anju.export.ExportWriters#open}, and closes it. Every writer keeps a bounded
 * amount of memory whatever the number of rows; formats that need a file (GeoPackage, Shapefile,
 * KML folders) use a temporary directory that is deleted on close or abort.
 */
package org.anju.export;
